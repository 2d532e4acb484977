package quotes

// describeCases pin the description resolver (describe.go), run by
// TestAttribution: a definite role as speaker points back to the person
// named with a role of its kind.
var describeCases = []struct {
	name  string
	text  string
	wants []want
}{
	{"a lower-case role right before the name",
		"Presidential envoy Ivan Sorokin returned from Minsk on Friday. The Russian envoy said the talks had been \"frank and useful.\"",
		[]want{{"frank and useful.", M, "Ivan Sorokin"}}},
	{"a role before the name and a comma",
		"Harbor Council spokesman, Tom Reade, said on Monday the city mourns \"every life lost\" in the fire. The council spokesman added, \"We will rebuild every house.\"",
		[]want{{"every life lost", M, "Tom Reade"}, {"We will rebuild every house.", D, "Tom Reade"}}},
	{"a role in apposition after the name",
		"Ali Reza, Iran's envoy to the agency, met the board on Monday. The Iranian envoy later called the vote \"a grave error.\"",
		[]want{{"a grave error.", M, "Ali Reza"}}},
	{"the pontiff is the pope",
		"Pope Clement met pilgrims in the square on Sunday. Later, the pontiff said the world needs \"courage and mercy.\"",
		[]want{{"courage and mercy.", M, "Clement"}}},
	{"the monarch is the king",
		"Leaders of both parties met Jordan's King Hamad on Tuesday. The monarch called the meeting \"a new start.\"",
		[]want{{"a new start.", M, "Hamad"}}},
	{"the most recent person with the role",
		"U.S. envoy Carl Weiss left Geneva on Monday. On Tuesday, U.N. envoy Ana Ruiz met the rebel leaders. The envoy said the talks were \"going well.\"",
		[]want{{"going well.", M, "Ana Ruiz"}}},
	{"a role that no one named carried stays a role",
		"Talks resumed in Minsk on Friday. The Russian envoy said they had been \"useful.\"",
		[]want{{"useful.", M, "Russian envoy"}}},
}
