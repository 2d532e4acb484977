package schemas

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/segmentio/encoding/json"
)

// validScan reports whether the scanner accepts data as one JSON value.
func validScan(data []byte) bool {
	i := skipSpace(data, 0)
	end, err := skipValue(data, i, 0)
	return err == nil && skipSpace(data, end) == len(data)
}

var scanCases = []string{
	`{}`, `[]`, `""`, `"a"`, `0`, `-0`, `1.5e+3`, `-12.0E-2`, `true`, `false`, `null`,
	`{"a":[1,2,{"b":null}],"c":"\"quoted\" \\ \/ \b\f\n\r\t \u00e9 \ud83d\ude00"}`,
	` { "a" : 1 , "b" : [ ] } `,
	"\"tab\tinside\"", "\"nl\ninside\"", `"bad \x escape"`, `"\u12"`, `"\u12g4"`,
	`01`, `1.`, `.5`, `-`, `1e`, `+1`, `tru`, `nul`, `{"a"}`, `{"a":}`, `{,}`, `[1,]`,
	`{"a":1,}`, `[1 2]`, `{"a" 1}`, `"unterminated`, `{"a":1`, `[`, ``, ` `,
	`"0123456789abcdef0123456789abcdef"`, `"0123456789abcdef\"0123456789abcdef"`,
	`"0123456789abcdef` + "\x01" + `0123456789abcdef"`, `"é ü 中文 0123456789 \"x\""`,
}

func TestScanAgreesWithValid(t *testing.T) {
	for _, c := range scanCases {
		if got, want := validScan([]byte(c)), json.Valid([]byte(c)); got != want {
			t.Errorf("%q: scanner %v, json.Valid %v", c, got, want)
		}
	}
}

func TestScanDepthLimit(t *testing.T) {
	deep := strings.Repeat("[", maxDepth+1) + strings.Repeat("]", maxDepth+1)
	if validScan([]byte(deep)) {
		t.Fatal("nesting past maxDepth accepted")
	}
	ok := strings.Repeat("[", 100) + strings.Repeat("]", 100)
	if !validScan([]byte(ok)) {
		t.Fatal("nesting of 100 refused")
	}
}

func TestUnquoteAgreesWithUnmarshal(t *testing.T) {
	for _, c := range []string{
		`""`, `"plain"`, `"\"q\" \\ \/ \b\f\n\r\t"`, `"\u00e9\u4e2d"`, `"\ud83d\ude00"`,
		`"lone \ud83d end"`, `"lone \ude00"`, `"\ud83d\u0041"`, `"é long text with \"quotes\" inside and more"`,
	} {
		var want string
		if err := json.Unmarshal([]byte(c), &want); err != nil {
			t.Fatalf("%s: %v", c, err)
		}
		if got := unquote([]byte(c), strings.Contains(c, `\`)); got != want {
			t.Errorf("%s: unquote %q, Unmarshal %q", c, got, want)
		}
	}
}

func FuzzScan(f *testing.F) {
	for _, c := range scanCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		defer func() {
			if v := recover(); v != nil {
				t.Fatalf("%q: panic %v", data, v)
			}
		}()
		if got, want := validScan(data), json.Valid(data); got != want {
			t.Fatalf("%q: scanner %v, json.Valid %v", data, got, want)
		}
		// Decode checks UTF-8 before it unquotes anything.
		if len(data) > 0 && data[0] == '"' && utf8.Valid(data) && json.Valid(data) {
			var want string
			if err := json.Unmarshal(data, &want); err == nil {
				raw := bytes.TrimRight(data, " \t\r\n")
				if got := unquote(raw, bytes.IndexByte(raw, '\\') >= 0); got != want {
					t.Fatalf("%q: unquote %q, Unmarshal %q", data, got, want)
				}
			}
		}
	})
}
