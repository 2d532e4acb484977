package schemas

import (
	"strings"
	"testing"

	"github.com/segmentio/encoding/json"
)

func TestDecodeKeepsUnknownFieldsAndRoundTrips(t *testing.T) {
	in := `{"id":"a1","x_custom":{"nested":[1,2,{"k":"v"}]},"body":"Hello \"world\"","text":"Hi","flag":true,"n":3.5}`
	var a Article
	if err := Decode([]byte(in), &a, FieldText); err != nil {
		t.Fatal(err)
	}
	if a.ID != "a1" || a.TextOrEmpty() != "Hi" {
		t.Fatalf("typed fields: %+v", a)
	}
	if a.Body != "" {
		t.Fatalf("body decoded though not wanted")
	}
	a.Sentences = []Span{{0, 2}}
	out, err := a.AppendJSON(nil)
	if err != nil {
		t.Fatal(err)
	}
	var got, want map[string]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	_ = json.Unmarshal([]byte(in), &want)
	want["sentences"] = []any{map[string]any{"start": float64(0), "end": float64(2)}}
	gb, _ := json.Marshal(got)
	wb, _ := json.Marshal(want)
	if string(gb) != string(wb) {
		t.Fatalf("round trip:\n got %s\nwant %s", gb, wb)
	}
}

func TestDecodeStageOutputReplacesRaw(t *testing.T) {
	in := `{"id":"a","quotes":[{"start":0}],"z":1}`
	var a Article
	if err := Decode([]byte(in), &a, FieldID); err != nil {
		t.Fatal(err)
	}
	a.Quotes = []Quote{}
	out, _ := a.AppendJSON(nil)
	if strings.Count(string(out), `"quotes"`) != 1 || !strings.Contains(string(out), `"quotes":[]`) {
		t.Fatalf("stage output must replace the raw field once: %s", out)
	}
}

func TestDecodeErrors(t *testing.T) {
	cases := map[string]string{
		"malformed":  `{"id":"a",`,
		"array":      `[1,2]`,
		"string":     `"hello"`,
		"missing id": `{"body":"x"}`,
		"bad utf8":   "{\"id\":\"a\",\"body\":\"\xff\xfe\"}",
		"trailing":   `{"id":"a"} {"id":"b"}`,
		"wrong type": `{"id":"a","text":5}`,
		"empty":      ``,
		"bad nested": `{"id":"a","x":[1,}`,
	}
	for name, in := range cases {
		t.Run(name, func(t *testing.T) {
			var a Article
			err := Decode([]byte(in), &a, AllFields)
			if err == nil {
				t.Fatalf("no error for %q", in)
			}
			if _, ok := err.(*DecodeError); !ok {
				t.Fatalf("error %T is not a *DecodeError", err)
			}
		})
	}
}

func TestNumericIDKept(t *testing.T) {
	var a Article
	if err := Decode([]byte(`{"id":12345}`), &a, 0); err != nil || a.ID != "12345" {
		t.Fatalf("id=%q err=%v", a.ID, err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"id":"a","body":"x","quotes":[],"q":{"a":[1]}}`))
	f.Add([]byte(`{"id":"a"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var a Article
		if err := Decode(data, &a, AllFields&^FieldBody); err != nil {
			return
		}
		out, err := a.AppendJSON(nil)
		if err != nil {
			return
		}
		if !json.Valid(out) {
			t.Fatalf("encoded output is not JSON: %s", out)
		}
		var b Article
		if err := Decode(out, &b, AllFields); err != nil {
			t.Fatalf("re-decode: %v: %s", err, out)
		}
	})
}
