package ui

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/stages"
	"github.com/wirestream/wirestream/stages/clean"
	"github.com/wirestream/wirestream/stages/entities"
	"github.com/wirestream/wirestream/stages/quotes"
	"github.com/wirestream/wirestream/stages/segment"

	"github.com/wirestream/wirestream/internal/shared"
)

var screenshot = flag.String("screenshot", "", "save the browser test's screenshot here (e.g. ../docs/ui.png); default: a temporary file")

// chromium finds the browser or skips.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium is not installed (apt-get install chromium, or set CHROMIUM to a browser): skipping the browser test")
	return ""
}

// goldQuote is a quote of the seed's gold file.
type goldQuote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Kind    string `json:"kind"`
}

func readFirstLine(t *testing.T, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	line, err := r.ReadBytes('\n')
	if len(line) == 0 {
		t.Fatalf("%s: %v", path, err)
	}
	return bytes.TrimSpace(line)
}

// runPipeline runs the four stages as workers on js until the test ends.
func runPipeline(t *testing.T, js jetstream.JetStream, names pipeline.Names) {
	t.Helper()
	ent, err := entities.New(entities.WithKB())
	if err != nil {
		t.Fatal(err)
	}
	sts := []stages.Stage{clean.New(), segment.New(), quotes.New(), ent}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for i, st := range sts {
		r := pipeline.NewRunner(js, st, pipeline.DefaultHops[i], names,
			pipeline.WithConcurrency(1), pipeline.WithMaxDeliver(1))
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := r.Run(ctx); err != nil {
				t.Errorf("stage %s: %v", st.Name(), err)
			}
		}()
	}
	t.Cleanup(func() { cancel(); wg.Wait() })
}

// domQuote is a highlighted quote as the page shows it.
type domQuote struct {
	Kind    string `json:"kind"`
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
	// Underlined is the text of the quote's underlined speaker mention.
	Underlined string `json:"underlined"`
}

const readQuotesJS = `(() => {
  const card = document.querySelector('article.card[data-id="voa-trump-putin"]');
  const qs = {};
  for (const m of card.querySelectorAll('mark.quote')) {
    const q = qs[m.dataset.q] || (qs[m.dataset.q] = {kind: m.dataset.kind, speaker: m.dataset.speaker, text: '', underlined: ''});
    q.text += m.textContent;
  }
  for (const s of card.querySelectorAll('.spk')) {
    if (qs[s.dataset.q]) qs[s.dataset.q].underlined += s.textContent;
  }
  return JSON.stringify(qs);
})()`

// evil is a linked article whose every text field is hostile markup.
func evil() []byte {
	text := `Mallory said: "<script>window.pwned = 1</script>" and <img src=x onerror="window.pwned = 2"> too.`
	idx := func(sub string) (int, int) {
		i := strings.Index(text, sub)
		s := len([]rune(text[:i]))
		return s, s + len([]rune(sub))
	}
	qs, qe := idx(`<script>window.pwned = 1</script>`)
	ms, me := idx("Mallory")
	is, ie := idx(`<img src=x onerror="window.pwned = 2">`)
	a := map[string]any{
		"id": "evil", "source": "evil", "title": `<script>window.pwned = 3</script><b>Breaking</b>`,
		"url": "javascript:window.pwned=4", "text": text,
		"quotes": []any{map[string]any{"start": qs, "end": qe, "text": "<script>window.pwned = 1</script>", "kind": "direct",
			"speaker": map[string]any{"start": ms, "end": me, "text": "Mallory", "name": `<img src=x onerror="window.pwned=5">`, "ref": "e1"}, "cue": nil}},
		"entities": []any{
			map[string]any{"ref": "e1", "name": `<img src=x onerror="window.pwned=6">`, "type": "PER", "link": "javascript:window.pwned=7", "score": 1,
				"mentions": []any{map[string]any{"start": ms, "end": me, "text": "Mallory"}}},
			map[string]any{"ref": "e2", "name": "img", "type": "<script>", "link": nil, "score": 1,
				"mentions": []any{map[string]any{"start": is, "end": ie, "text": "img"}}},
		},
	}
	b, _ := json.Marshal(a)
	return b
}

// TestBrowserShowsSeedArticle runs the seed article through the four stage
// workers, shows the page in headless Chromium, and checks what a reader
// sees: the quotes highlighted with their speakers, entity details on
// hover, a hostile article shown as text with none of its script run.
func TestBrowserShowsSeedArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test: not in -short mode")
	}
	seed := shared.Path(t, "data", "seed") // the browser test needs the seed article
	browser := chromium(t)
	raw := readFirstLine(t, filepath.Join(seed, "voa-trump-putin.raw.jsonl"))
	var gold struct {
		Quotes []goldQuote `json:"quotes"`
	}
	if err := json.Unmarshal(readFirstLine(t, filepath.Join(seed, "voa-trump-putin.gold.jsonl")), &gold); err != nil {
		t.Fatal(err)
	}

	natsURL, names, _ := natstest.Start(t)
	_, js := natstest.Connect(t, natsURL)
	ctx := context.Background()
	if err := pipeline.EnsureStreams(ctx, js, names, pipeline.DefaultStreamConfig()); err != nil {
		t.Fatal(err)
	}
	o := fastOptions(names)
	o.HealthEvery = 250 * time.Millisecond
	running, err := Start(ctx, "127.0.0.1:0", js, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(running.Stop)
	runPipeline(t, js, names)

	// A raw article that is not JSON: the clean stage dead-letters it.
	if _, err := js.Publish(ctx, names.Subject(pipeline.KindRaw, "wire"), []byte(`{"id": "broken", "body": `)); err != nil {
		t.Fatal(err)
	}
	if _, err := js.Publish(ctx, names.Subject(pipeline.KindLinked, "evil"), evil()); err != nil {
		t.Fatal(err)
	}
	if _, err := js.Publish(ctx, names.Subject(pipeline.KindRaw, "voa"), raw); err != nil {
		t.Fatal(err)
	}

	actx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(browser),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 1100),
	)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	bctx, cancelTimeout := context.WithTimeout(bctx, 2*time.Minute)
	defer cancelTimeout()

	if err := chromedp.Do(bctx,
		chromedp.EmulateViewport(1440, 1100),
		chromedp.Navigate(running.URL()),
		chromedp.WaitVisible(chromedp.CSS(`article.card[data-id="voa-trump-putin"]`)),
		chromedp.WaitVisible(chromedp.CSS(`article.card[data-id="evil"]`)),
	); err != nil {
		t.Fatalf("page: %v", err)
	}

	// The article as the page got it, to compare with what it shows.
	var linked schemas.Article
	for _, a := range running.Server.store.recent(0) {
		if a.ID == "voa-trump-putin" {
			linked = schemas.Article{Quotes: a.Quotes, Text: schemas.Str(a.Text)}
		}
	}
	rawQuotes, err := chromedp.Run(bctx, chromedp.Evaluate[string](readQuotesJS))
	if err != nil {
		t.Fatal(err)
	}
	shown := map[string]domQuote{}
	if err := json.Unmarshal([]byte(rawQuotes), &shown); err != nil {
		t.Fatal(err)
	}
	if len(shown) != len(linked.Quotes) || len(shown) < len(gold.Quotes) {
		t.Fatalf("%d quotes highlighted, the article has %d (gold: %d)", len(shown), len(linked.Quotes), len(gold.Quotes))
	}
	text := []rune(linked.TextOrEmpty())
	for i, q := range linked.Quotes {
		d, ok := shown[strconv.Itoa(i)]
		if !ok {
			t.Errorf("quote %d (%q) is not highlighted", i, q.Text)
			continue
		}
		if want := string(text[q.Start:q.End]); d.Text != want || d.Kind != q.Kind {
			t.Errorf("quote %d shows %q (%s), want %q (%s)", i, d.Text, d.Kind, want, q.Kind)
		}
		if q.Speaker != nil && d.Underlined != q.Speaker.Text {
			t.Errorf("quote %d: underlined speaker %q, want %q", i, d.Underlined, q.Speaker.Text)
		}
	}
	// Every quote a careful reader finds is highlighted with its speaker.
	for _, g := range gold.Quotes {
		found := false
		for _, d := range shown {
			if d.Speaker == g.Speaker && d.Kind == g.Kind && sameWords(d.Text, g.Text) && d.Underlined != "" {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("gold %s quote of %s not highlighted with its speaker: %q", g.Kind, g.Speaker, g.Text)
		}
	}

	// Hovering an entity shows its canonical name, type and Wikidata link.
	tip, err := chromedp.Run(bctx, chromedp.Evaluate[string](`(() => {
	  const e = document.querySelector('article.card[data-id="voa-trump-putin"] .ent[data-link="Q7747"]');
	  if (!e) return 'no entity linked to Q7747';
	  e.scrollIntoView({block: 'center'});
	  e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
	  const tip = document.getElementById('tip');
	  const a = tip.querySelector('a');
	  return [tip.hidden, tip.textContent, a && a.href].join('|');
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if want := "false|Vladimir PutinPER · Q7747|https://www.wikidata.org/wiki/Q7747"; tip != want {
		t.Errorf("tooltip = %q, want %q", tip, want)
	}

	// The hostile article is text; none of its scripts or handlers ran.
	var evilArt map[string]any
	_ = json.Unmarshal(evil(), &evilArt)
	got, err := chromedp.Run(bctx, chromedp.Evaluate[string](`(() => {
	  const c = document.querySelector('article.card[data-id="evil"]');
	  return JSON.stringify({pwned: typeof window.pwned, title: c.querySelector('.title').textContent,
	    text: c.querySelector('.text').textContent, elements: c.querySelectorAll('script, img, b').length,
	    links: [...c.querySelectorAll('a')].map(a => a.href), quotes: c.querySelectorAll('mark.quote').length});
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	var ev struct {
		Pwned    string   `json:"pwned"`
		Title    string   `json:"title"`
		Text     string   `json:"text"`
		Elements int      `json:"elements"`
		Links    []string `json:"links"`
		Quotes   int      `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(got), &ev); err != nil {
		t.Fatal(err)
	}
	if ev.Pwned != "undefined" {
		t.Errorf("the hostile article's script ran: window.pwned is %s", ev.Pwned)
	}
	if ev.Title != evilArt["title"] || ev.Text != evilArt["text"] || ev.Elements != 0 || len(ev.Links) != 0 || ev.Quotes != 1 {
		t.Errorf("hostile article rendered as %+v", ev)
	}
	// Hovering its entity shows the name as text and no javascript: link.
	tip, err = chromedp.Run(bctx, chromedp.Evaluate[string](`(() => {
	  const e = document.querySelector('article.card[data-id="evil"] .ent');
	  e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
	  const tip = document.getElementById('tip');
	  return JSON.stringify({text: tip.textContent, links: tip.querySelectorAll('a').length, imgs: tip.querySelectorAll('img').length, pwned: typeof window.pwned});
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(tip, `onerror`) || !strings.Contains(tip, `"links":0`) || !strings.Contains(tip, `"imgs":0`) || !strings.Contains(tip, `"pwned":"undefined"`) {
		t.Errorf("hostile tooltip: %s", tip)
	}

	// The quote filter, the dead letter and the health cards.
	filtered, err := chromedp.Run(bctx, chromedp.Evaluate[string](`(async () => {
	  const f = document.getElementById('qfilter');
	  f.elements.speaker.value = 'Pifer';
	  f.dispatchEvent(new Event('submit', {cancelable: true}));
	  for (let i = 0; i < 100; i++) {
	    const items = [...document.querySelectorAll('#quote-list li:not(.empty)')];
	    if (items.length && items.every(li => li.querySelector('.who button').textContent === 'Steven Pifer')) return String(items.length);
	    await new Promise(r => setTimeout(r, 50));
	  }
	  return 'no match: ' + document.getElementById('quote-list').textContent.slice(0, 200);
	})()`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	pifer := 0
	for _, q := range linked.Quotes {
		if q.Speaker != nil && q.Speaker.Name == "Steven Pifer" {
			pifer++
		}
	}
	if filtered != strconv.Itoa(pifer) {
		t.Errorf("quotes filtered by speaker Pifer: %s, want %d", filtered, pifer)
	}
	health, err := chromedp.Run(bctx, chromedp.Poll[string](`(() => {
	  const rows = document.querySelectorAll('#dlq tbody tr');
	  const stages = [...document.querySelectorAll('#stages .stage')].map(s => s.dataset.stage).join(',');
	  const svgs = document.querySelectorAll('#stages svg.spark polyline').length;
	  return rows.length === 1 && svgs > 0 && stages.includes('entities') ? rows[0].textContent + '|' + stages : false;
	})()`, chromedp.WithPollingTimeout(20*time.Second)))
	if err != nil {
		t.Fatalf("health and dead letters never showed: %v", err)
	}
	if !strings.Contains(health, "clean") || !strings.Contains(health, "decode") || !strings.Contains(health, "clean,segment,quotes,entities,end-to-end") {
		t.Errorf("dead letter row and stages: %q", health)
	}

	// Clear the filter, show the seed on top with a tooltip, and save.
	if err := chromedp.Do(bctx, chromedp.Evaluate[chromedp.Void](`(() => {
	  document.getElementById('qfilter').reset();
	  window.scrollTo(0, 0);
	  const e = document.querySelector('article.card[data-id="voa-trump-putin"] .ent[data-link="Q7747"]');
	  e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
	})()`), chromedp.Sleep(500*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	path := *screenshot
	if path == "" {
		path = filepath.Join(t.TempDir(), "ui.png")
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", path, len(png))
}

// sameWords compares quote texts without case, outer spaces and
// punctuation (a gold quote may keep a final comma the stage leaves out).
func sameWords(a, b string) bool {
	trim := func(s string) string {
		return strings.ToLower(strings.Trim(s, " \t\n.,;:'\"‘’“”"))
	}
	return trim(a) == trim(b)
}
