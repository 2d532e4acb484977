package clean

import "testing"

func TestFixMojibake(t *testing.T) {
	cases := []struct{ in, want string }{
		{"donâ€™t", "don’t"},
		{"â€œQuotedâ€\u009d", "“Quoted”"},
		{"cafÃ© and crÃ¨me", "café and crème"},
		{"Ã‰tat", "État"},
		{"an em dash â€” here", "an em dash — here"},
		// Ordinary text stays as it is.
		{"café, naïve, Ärger, À la carte, Ã alone", "café, naïve, Ärger, À la carte, Ã alone"},
		{"plain ASCII", "plain ASCII"},
		{"Â", "Â"},
	}
	for _, c := range cases {
		if got := fixMojibake(c.in); got != c.want {
			t.Errorf("fixMojibake(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
