package clean

import (
	"context"
	"strings"
	"testing"

	"github.com/wirestream/wirestream/schemas"
)

func TestDetectLanguage(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"english wire copy", "The central bank raised its main rate by half a point on Tuesday, and its governor said more increases were likely if prices kept rising through the spring.", "en"},
		{"english headline-heavy", "Storm closes ports along the coast as officials order an evacuation of low-lying towns before the weekend.", "en"},
		{"german", "Die Regierung hat am Dienstag angekündigt, die Steuern für kleine Unternehmen im kommenden Jahr deutlich zu senken, sagte der Finanzminister in Berlin.", "de"},
		{"french", "Le gouvernement a annoncé mardi une baisse des impôts pour les petites entreprises, a déclaré le ministre des Finances lors d'une conférence de presse à Paris.", "fr"},
		{"spanish", "El gobierno anunció el martes una rebaja de impuestos para las pequeñas empresas, dijo el ministro de Hacienda en una rueda de prensa en Madrid.", "es"},
		{"russian", "Правительство во вторник объявило о снижении налогов для малого бизнеса, сообщил министр финансов на пресс-конференции в Москве. По его словам, это поможет экономике, которая растёт медленнее, чем ожидалось.", "ru"},
		{"english names in foreign text stay foreign", "Der Chef von Apple, Tim Cook, traf am Montag in Berlin die Wirtschaftsministerin und sprach über neue Fabriken in Deutschland.", "de"},
		{"too short to tell", "Paris", ""},
		{"empty", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := DetectLanguage(c.text); got != c.want {
				t.Fatalf("DetectLanguage = %q, want %q", got, c.want)
			}
		})
	}
}

// A long English text is judged on its opening, and a cut inside a
// multi-byte rune must not break the count.
func TestDetectLanguageLongText(t *testing.T) {
	text := strings.Repeat("The minister said the talks would go on. ", 100) + strings.Repeat("ü", 2000)
	if got := DetectLanguage(text); got != "en" {
		t.Fatalf("got %q", got)
	}
	if got := DetectLanguage(strings.Repeat("é", languageSample)); got == "en" {
		t.Fatalf("accented letters read as English")
	}
}

func TestStageSetsLanguageOnlyWhenEmpty(t *testing.T) {
	body := "The central bank raised its main rate by half a point on Tuesday, and its governor said more increases were likely."
	for _, c := range []struct{ given, want string }{{"", "en"}, {"en-GB", "en-GB"}} {
		a := schemas.Article{ID: "x", Body: body, ContentType: schemas.TextPlain, Language: c.given}
		if err := New().Process(context.Background(), &a); err != nil {
			t.Fatal(err)
		}
		if a.Language != c.want {
			t.Fatalf("given %q: language %q, want %q", c.given, a.Language, c.want)
		}
	}
}

func BenchmarkDetectLanguage(b *testing.B) {
	text := strings.Repeat("The minister said the talks would go on until a deal was reached. ", 60)
	b.SetBytes(languageSample)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		DetectLanguage(text)
	}
}
