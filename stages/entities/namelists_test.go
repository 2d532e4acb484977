package entities

import "testing"

func TestSplitLists(t *testing.T) {
	cases := []struct {
		text string
		in   []string
		want string
	}{
		{"outages hit Veldor, Twister and Spotlane on Friday", []string{"Veldor, Twister and Spotlane/ORG"},
			"Veldor/ORG | Twister/ORG | Spotlane/ORG"},
		{"outages hit Veldor, Twister and Spotlane on Friday", []string{"Twister and Spotlane/ORG"},
			"Twister/ORG | Spotlane/ORG"},
		{"the Fed Cup and Davis Cup Finals are next", []string{"Fed Cup and Davis Cup Finals/ORG"},
			"Fed Cup/ORG | Davis Cup Finals/ORG"},
		{"talks in Kent, Dover and Hythe", []string{"Kent, Dover and Hythe/LOC"}, "Kent/LOC | Dover/LOC | Hythe/LOC"},
		// names with "and" in them stay whole
		{"advised by Stifel, Nicolaus and Co Inc", []string{"Stifel, Nicolaus and Co Inc/ORG"}, "Stifel, Nicolaus and Co Inc/ORG"},
		{"the Bill and Melinda Gates Foundation", []string{"Bill and Melinda Gates Foundation/ORG"}, "Bill and Melinda Gates Foundation/ORG"},
		{"shares of Marks and Spencer fell", []string{"Marks and Spencer/ORG"}, "Marks and Spencer/ORG"},
		{"Bosnia and Herzegovina joined", []string{"Bosnia and Herzegovina/LOC"}, "Bosnia and Herzegovina/LOC"},
		{"Sam and Ella Dorn, and Ray Vo", []string{"Sam and Ella Dorn/PER", "Ray Vo/PER"}, "Sam and Ella Dorn/PER | Ray Vo/PER"},
		{"Pillsbury, Madison and Sutro LLP said", []string{"Pillsbury, Madison and Sutro LLP/ORG"}, "Pillsbury, Madison and Sutro LLP/ORG"},
	}
	for _, c := range cases {
		got := tidied(t, c.text, c.in, nil)
		if got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.text, got, c.want)
		}
	}
}
