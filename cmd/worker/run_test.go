package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"flag"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/segmentio/encoding/json"
	"go.uber.org/zap"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
	"github.com/wirestream/wirestream/schemas"
	"github.com/wirestream/wirestream/sink"
)

// waitTimeout bounds waits for messages so a broken pipeline fails the
// test instead of hanging it; nothing is asserted about speed.
const waitTimeout = 5 * time.Minute

// testRunConfig is `worker run` with its default flags plus args.
func testRunConfig(t *testing.T, args ...string) runConfig {
	t.Helper()
	var c runConfig
	env := &cliEnv{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}, getenv: func(string) string { return "" }}
	fs := runFlagSet(env, &c)
	pos, _, ok := parseArgs(fs, args)
	if !ok {
		t.Fatalf("flags %v: %s", args, env.stderr)
	}
	c.stages = pos
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "print" {
			c.printSet = true
		}
	})
	return c
}

// startRun runs the pipeline in the background; stop cancels it and
// returns what runPipeline returned.
func startRun(t *testing.T, c runConfig, stdout *syncBuffer) (info runInfo, stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	started := make(chan struct{})
	done := make(chan error, 1)
	hooks := &runHooks{started: func(i runInfo) {
		info = i
		close(started)
	}}
	log := zap.NewNop()
	if testing.Verbose() {
		log, _ = newLogger(testWriter{t}, "console", "info")
	}
	go func() { done <- runPipeline(ctx, c, stdout, log, hooks) }()
	select {
	case <-started:
	case err := <-done:
		cancel()
		t.Fatalf("worker run stopped at start: %v", err)
	case <-time.After(waitTimeout):
		cancel()
		t.Fatal("worker run did not start")
	}
	var once bool
	var result error
	stop = func() error {
		if !once {
			once = true
			cancel()
			select {
			case result = <-done:
			case <-time.After(waitTimeout):
				result = fmt.Errorf("worker run did not stop")
			}
		}
		return result
	}
	t.Cleanup(func() { _ = stop() })
	return info, stop
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// collect reads the stored messages of subject until it has n, with an
// ordered consumer that leaves nothing behind.
func collect(t *testing.T, js jetstream.JetStream, subject string, n int) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	stream, err := js.StreamNameBySubject(ctx, subject)
	if err != nil {
		t.Fatalf("stream of %s: %v", subject, err)
	}
	cons, err := js.OrderedConsumer(ctx, stream, jetstream.OrderedConsumerConfig{FilterSubjects: []string{subject}})
	if err != nil {
		t.Fatal(err)
	}
	defer deleteOrdered(js, stream, cons)
	var out []string
	for len(out) < n {
		batch, err := cons.Fetch(n-len(out), jetstream.FetchMaxWait(2*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		for m := range batch.Messages() {
			out = append(out, string(m.Data()))
		}
		if ctx.Err() != nil {
			t.Fatalf("%s: %d of %d messages arrived", subject, len(out), n)
		}
	}
	return out
}

// idOf returns the article id of an encoded article.
func idOf(t *testing.T, line string) string {
	t.Helper()
	id := peekArticleID([]byte(line))
	if id == "" {
		t.Fatalf("no id in %.200s", line)
	}
	return id
}

// compareWithProcess checks, for every registered stage, that what the
// stage published for the raw articles equals what `worker process` makes
// of them with the stages up to it, apart from provenance times.
func compareWithProcess(t *testing.T, js jetstream.JetStream, names pipeline.Names, raw []string) {
	t.Helper()
	sel, err := selectStages(nil)
	if err != nil {
		t.Fatal(err)
	}
	sts, err := buildStages(sel, stageOptions{Log: zap.NewNop()})
	if err != nil {
		t.Fatal(err)
	}
	for i, st := range sts {
		hop, _ := pipeline.HopFor(st.Name())
		var out, errs bytes.Buffer
		failed, err := processLines(context.Background(), sts[:i+1], 2, strings.NewReader(strings.Join(raw, "\n")), &out, &errs)
		if err != nil || failed != 0 {
			t.Fatalf("process through %s: failed=%d err=%v %s", st.Name(), failed, err, errs.String())
		}
		want := map[string]string{}
		for _, l := range splitLines(out.String()) {
			want[idOf(t, l)] = withoutRunTimes(t, l)
		}
		got := collect(t, js, names.Wildcard(hop.Out), len(raw))
		seen := map[string]bool{}
		for _, l := range got {
			id := idOf(t, l)
			if seen[id] {
				t.Errorf("%s: article %s arrived twice", hop.Out, id)
			}
			seen[id] = true
			if hop.Out == pipeline.KindLinked || i == len(sts)-1 {
				checkArticle(t, l)
			} else if err := schemas.Validate(schemas.ArticleSchema, []byte(l)); err != nil {
				t.Errorf("%s: %v", hop.Out, err)
			}
			w, ok := want[id]
			if !ok {
				t.Errorf("%s: unexpected article %s", hop.Out, id)
				continue
			}
			if g := withoutRunTimes(t, l); g != w {
				t.Errorf("stage %s, article %s: worker run and worker process differ\nrun:     %.400s\nprocess: %.400s", st.Name(), id, g, w)
			}
		}
	}
}

// `worker run` with no --nats: embedded server, samples published, records
// printed to stdout, identical to `worker process`, drained on stop.
func TestRunEmbeddedSamples(t *testing.T) {
	c := testRunConfig(t, "--data", t.TempDir(), "--port", "-1", "--concurrency", "2", "--metrics", "127.0.0.1:0")
	stdout := &syncBuffer{}
	info, stop := startRun(t, c, stdout)
	url, names, samples := info.URL, info.Names, info.Samples
	if len(samples) < 6 {
		t.Fatalf("%d samples published", len(samples))
	}
	_, js := natstest.Connect(t, url)
	raw := collect(t, js, names.Wildcard(pipeline.KindRaw), len(samples))
	for _, r := range raw {
		if err := schemas.Validate(schemas.RawArticleSchema, []byte(r)); err != nil {
			t.Errorf("published sample: %v", err)
		}
	}
	compareWithProcess(t, js, names, raw)

	// A message no stage can read is dead-lettered, as dlq.v1, with the
	// original payload.
	bad := `{"id":"broken-1","body":`
	if _, err := js.Publish(context.Background(), names.Subject(pipeline.KindRaw, "samples"), []byte(bad)); err != nil {
		t.Fatal(err)
	}
	dl := collect(t, js, names.DLQSubject("clean"), 1)
	if err := schemas.Validate(schemas.DLQSchema, []byte(dl[0])); err != nil {
		t.Errorf("dead letter: %v\n%s", err, dl[0])
	}
	var dead pipeline.DeadLetter
	if err := json.Unmarshal([]byte(dl[0]), &dead); err != nil || dead.Payload != bad || dead.Stage != "clean" {
		t.Errorf("dead letter does not carry the original payload: %s", dl[0])
	}

	// The records printed are the enriched samples, one JSON line each.
	deadline := time.Now().Add(waitTimeout)
	for len(splitLines(stdout.String())) < len(samples) && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	printed := splitLines(stdout.String())
	if len(printed) != len(samples) {
		t.Fatalf("%d records printed, want %d", len(printed), len(samples))
	}
	ids := map[string]bool{}
	for _, p := range printed {
		a := checkArticle(t, p)
		ids[a.ID] = true
		if len(a.Stages) != len(registry) {
			t.Errorf("%s: printed before every stage ran: %+v", a.ID, a.Stages)
		}
	}
	for _, id := range samples {
		if !ids[id] {
			t.Errorf("sample %s was not printed", id)
		}
	}
	// Metrics count what the stages did; readiness says all consume.
	for path, want := range map[string]string{
		"/metrics": `wirestream_messages_total{outcome="processed",stage="clean"} ` + fmt.Sprint(len(samples)),
		"/readyz":  "ready",
	} {
		resp, err := http.Get("http://" + info.Metrics + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), want) {
			t.Errorf("%s: %d, lacks %q:\n%.2000s", path, resp.StatusCode, want, body)
		}
	}
	if err := stop(); err != nil {
		t.Fatalf("worker run did not stop cleanly: %v", err)
	}
}

// `worker run --nats URL` against a separate server (NATS_URL when set, in
// a fresh namespace), fed by `worker publish -`, read by `worker tail`.
func TestRunExternalPublishTail(t *testing.T) {
	url, names, _ := natstest.Start(t)
	_, js := natstest.Connect(t, url)
	c := testRunConfig(t, "--nats", url, "--namespace", names.Namespace, "--concurrency", "2")
	_, stop := startRun(t, c, &syncBuffer{})

	// The samples many times over, under distinct ids.
	const copies = 40
	var in strings.Builder
	var n int
	for k := range copies {
		for _, l := range sampleArticles(t) {
			var m map[string]any
			if err := json.Unmarshal(l, &m); err != nil {
				t.Fatal(err)
			}
			m["id"] = fmt.Sprintf("c%d-%s", k, m["id"])
			b, _ := json.Marshal(m)
			in.Write(b)
			in.WriteByte('\n')
			n++
		}
	}
	ns := []string{"--nats", url, "--namespace", names.Namespace}
	start := time.Now()
	code, _, errs := runCLI(t, context.Background(), strings.NewReader(in.String()), nil, append([]string{"publish", "--source", "e2e"}, append(ns, "-")...)...)
	if code != 0 || !strings.Contains(errs, fmt.Sprintf("published %d, duplicates 0, failed 0", n)) {
		t.Fatalf("publish: exit %d: %s", code, errs)
	}
	last := registry[len(registry)-1].name
	hop, _ := pipeline.HopFor(last)
	linked := collect(t, js, names.Wildcard(hop.Out), n)
	elapsed := time.Since(start)
	t.Logf("end to end: %d articles through %d stages (%s) in %v: %.1f articles/s",
		n, len(registry), stageList(), elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds())
	for _, l := range linked {
		if !strings.Contains(l, `"source":"e2e"`) {
			t.Fatalf("source flag not applied: %.200s", l)
		}
	}
	raw := collect(t, js, names.Wildcard(pipeline.KindRaw), n)
	compareWithProcess(t, js, names, raw)

	// Publishing the same articles again stores nothing new.
	code, _, errs = runCLI(t, context.Background(), strings.NewReader(in.String()), nil, append([]string{"publish", "--source", "e2e"}, append(ns, "-")...)...)
	if code != 0 || !strings.Contains(errs, fmt.Sprintf("published 0, duplicates %d", n)) {
		t.Fatalf("republish: exit %d: %s", code, errs)
	}

	// tail reads the stored records from the start of the stream.
	code, out, errs := runCLI(t, context.Background(), nil, nil, append([]string{"tail", hop.Out, "--count", "5"}, ns...)...)
	if code != 0 {
		t.Fatalf("tail: exit %d: %s", code, errs)
	}
	lines := splitLines(out)
	if len(lines) != 5 {
		t.Fatalf("tail printed %d lines, want 5", len(lines))
	}
	for i, l := range lines {
		if l != linked[i] {
			t.Errorf("tail line %d is not the stream's message %d", i, i)
		}
	}
	// `worker sink jsonl` archives what the last stage stored.
	dir := t.TempDir()
	sinkCtx, stopSink := context.WithCancel(context.Background())
	sinkDone := make(chan int, 1)
	go func() {
		code, _, errs := runCLI(t, sinkCtx, nil, nil, append([]string{"sink", "jsonl", "--dir", dir, "--kind", hop.Out, "--fsync=false"}, ns...)...)
		if code != 0 {
			t.Errorf("sink: exit %d: %s", code, errs)
		}
		sinkDone <- code
	}()
	archived := 0
	for deadline := time.Now().Add(waitTimeout); archived < n && time.Now().Before(deadline); {
		time.Sleep(100 * time.Millisecond)
		archived = 0
		files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
		for _, f := range files {
			b, _ := os.ReadFile(f)
			archived += len(splitLines(string(b)))
		}
	}
	stopSink()
	<-sinkDone
	if archived != n {
		t.Errorf("sink archived %d of %d articles", archived, n)
	}
	// The stages' and the sink's durable consumers are the only ones left:
	// tail (and this test's readers) removed theirs.
	stageConsumers := map[string]bool{sink.ConsumerName(names, "jsonl"): true}
	for _, h := range pipeline.DefaultHops {
		stageConsumers[names.Consumer(h.Stage)] = true
	}
	for _, kind := range []string{pipeline.KindRaw, hop.Out} {
		stream, err := js.Stream(context.Background(), names.Stream(kind))
		if err != nil {
			t.Fatal(err)
		}
		lister := stream.ConsumerNames(context.Background())
		for name := range lister.Name() {
			if !stageConsumers[name] {
				t.Errorf("consumer %s left on %s", name, names.Stream(kind))
			}
		}
		if err := lister.Err(); err != nil {
			t.Fatal(err)
		}
	}
	if err := stop(); err != nil {
		t.Fatalf("worker run did not stop cleanly: %v", err)
	}
}

// waitLines waits until buf holds n lines and returns them.
func waitLines(t *testing.T, buf *syncBuffer, n int) []string {
	t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for len(splitLines(buf.String())) < n && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	lines := splitLines(buf.String())
	if len(lines) < n {
		t.Fatalf("%d lines printed, want %d", len(lines), n)
	}
	return lines
}

// Running again at once on the same data: the samples are duplicates and
// not processed again, yet the records are printed (from the stream).
func TestRunAgainPrintsStoredSamples(t *testing.T) {
	data := t.TempDir()
	first := &syncBuffer{}
	info, stop := startRun(t, testRunConfig(t, "--data", data, "--port", "-1"), first)
	want := waitLines(t, first, len(info.Samples))
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	second := &syncBuffer{}
	info2, stop2 := startRun(t, testRunConfig(t, "--data", data, "--port", "-1"), second)
	got := waitLines(t, second, len(info2.Samples))
	if len(info2.Samples) != len(info.Samples) {
		t.Fatalf("second run published %d samples, first %d", len(info2.Samples), len(info.Samples))
	}
	if err := stop2(); err != nil {
		t.Fatal(err)
	}
	if len(splitLines(second.String())) != len(want) {
		t.Errorf("second run printed %d records, want %d (each once)", len(splitLines(second.String())), len(want))
	}
	gotIDs := map[string]bool{}
	for _, l := range got {
		gotIDs[checkArticle(t, l).ID] = true
	}
	for _, l := range want {
		if id := idOf(t, l); !gotIDs[id] {
			t.Errorf("record of %s not printed by the second run", id)
		}
	}
}

// selfSignedTLS is a server TLS config with a throwaway self-signed
// certificate for 127.0.0.1, which no client trusts.
func selfSignedTLS(t *testing.T) *tls.Config {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "wirestream test"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}}, MinVersion: tls.VersionTLS12}
}

func startServer(t *testing.T, o *server.Options) string {
	t.Helper()
	emb, err := pipeline.StartEmbedded(pipeline.EmbeddedOptions{DataDir: t.TempDir(), Server: o})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { emb.Shutdown(); emb.WaitForShutdown() })
	return emb.ClientURL()
}

// A wrong password ends `worker run` at once, non-zero, saying why,
// rather than after minutes of retried stream set-up.
func TestRunExitsOnAuthorizationError(t *testing.T) {
	url := startServer(t, &server.Options{Username: "wire", Password: "s3cret"})
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	code, _, errs := runCLI(t, ctx, nil, nil, "run", "--nats", url, "--user", "wire", "--password", "wrong", "clean")
	if ctx.Err() != nil {
		t.Fatalf("worker run was still retrying after 90s: %s", errs)
	}
	if code == 0 || !strings.Contains(strings.ToLower(errs), "authorization violation") {
		t.Errorf("exit %d, stderr lacks the authorization error:\n%s", code, errs)
	}
	if strings.Contains(errs, "s3cret") || strings.Contains(errs, `"wrong"`) {
		t.Errorf("a password is logged:\n%s", errs)
	}
}

// A TLS handshake that fails (a certificate nobody trusts) is logged with
// its cause while `worker run` waits for the server.
func TestRunLogsTLSHandshakeError(t *testing.T) {
	url := startServer(t, &server.Options{TLSConfig: selfSignedTLS(t), TLS: true, TLSTimeout: 5})
	ctx, cancel := context.WithCancel(context.Background())
	var errb syncBuffer
	env := &cliEnv{stdin: strings.NewReader(""), stdout: &syncBuffer{}, stderr: &errb, getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	go func() { done <- runMain(ctx, env, []string{"run", "--nats", url, "clean"}) }()
	defer func() { cancel(); <-done }()
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(errb.String(), "x509") {
		if time.Now().After(deadline) {
			t.Fatalf("no x509 cause logged in 60s:\n%s", errb.String())
		}
		select {
		case code := <-done:
			done <- code
			if !strings.Contains(errb.String(), "x509") {
				t.Fatalf("worker run ended (exit %d) without logging the x509 cause:\n%s", code, errb.String())
			}
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func TestRunFlagDefaults(t *testing.T) {
	c := testRunConfig(t)
	if c.logFormat != "json" || c.maxBytes != 8<<20 || c.maxAckPending != 1000 || c.fetchBatch != 0 ||
		c.pubTimeout != 10*time.Second || c.duplicates != 2*time.Minute || c.updateStrm || c.rawMaxAge != 0 || c.rawMaxBytes != 0 {
		t.Errorf("defaults: %+v", c)
	}
	c = testRunConfig(t, "--log-format", "console", "--max-bytes", "1024", "--max-ack-pending", "50",
		"--fetch-batch", "8", "--publish-timeout", "3s", "--duplicates", "1m", "--raw-max-age", "48h",
		"--raw-max-bytes", "1000000", "--max-age", "24h", "--update-streams")
	if c.logFormat != "console" || c.maxBytes != 1024 || c.maxAckPending != 50 || c.fetchBatch != 8 ||
		c.pubTimeout != 3*time.Second || c.duplicates != time.Minute || !c.updateStrm ||
		c.rawMaxAge != 48*time.Hour || c.rawMaxBytes != 1000000 || c.maxAge != 24*time.Hour {
		t.Errorf("parsed: %+v", c)
	}
	var help bytes.Buffer
	env := &cliEnv{stdout: &bytes.Buffer{}, stderr: &help, getenv: func(string) string { return "" }}
	fs := runFlagSet(env, &runConfig{})
	fs.Usage()
	for _, f := range []string{"max-bytes", "max-ack-pending", "fetch-batch", "publish-timeout", "concurrency",
		"duplicates", "raw-max-age", "raw-max-bytes", "update-streams", "log-format"} {
		if !strings.Contains(help.String(), "-"+f) {
			t.Errorf("run --help lacks --%s", f)
		}
	}
}

func TestMetricsAddressDefaultsToLoopback(t *testing.T) {
	for in, want := range map[string]string{
		":9090":          "127.0.0.1:9090",
		"9090":           "127.0.0.1:9090",
		"0.0.0.0:9090":   "0.0.0.0:9090",
		"localhost:9090": "localhost:9090",
		"[::1]:9090":     "[::1]:9090",
		":0":             "127.0.0.1:0",
	} {
		if got := loopbackDefault(in); got != want {
			t.Errorf("loopbackDefault(%q) = %q, want %q", in, got, want)
		}
	}
	addr, stop, err := serveMetrics(":0", http.NotFoundHandler(), zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if !strings.HasPrefix(addr, "127.0.0.1:") {
		t.Errorf("--metrics :0 listens on %s, want 127.0.0.1 only", addr)
	}
}

// `worker run` creates missing streams with the raw stream's own limits,
// and leaves existing streams alone unless --update-streams.
func TestRunStreamSetup(t *testing.T) {
	url, names, _ := natstest.Start(t)
	_, js := natstest.Connect(t, url)
	ctx := context.Background()
	info := func(kind string) jetstream.StreamConfig {
		t.Helper()
		s, err := js.Stream(ctx, names.Stream(kind))
		if err != nil {
			t.Fatal(err)
		}
		return s.CachedInfo().Config
	}
	setup := func(args ...string) {
		t.Helper()
		c := testRunConfig(t, args...)
		retention, err := pipeline.ParseRetention(c.retention)
		if err != nil {
			t.Fatal(err)
		}
		derived, raw := streamConfigs(c, retention)
		if err := ensureStreams(ctx, js, names, c.updateStrm, zap.NewNop(), raw, derived); err != nil {
			t.Fatal(err)
		}
	}
	setup("--raw-max-age", "48h", "--raw-max-bytes", "1000000", "--max-age", "24h", "--duplicates", "1m")
	if r := info(pipeline.KindRaw); r.MaxAge != 48*time.Hour || r.MaxBytes != 1000000 || r.Duplicates != time.Minute {
		t.Errorf("raw stream: max age %v, max bytes %d, duplicates %v", r.MaxAge, r.MaxBytes, r.Duplicates)
	}
	if c := info(pipeline.KindClean); c.MaxAge != 24*time.Hour || c.MaxBytes != -1 {
		t.Errorf("clean stream: max age %v, max bytes %d", c.MaxAge, c.MaxBytes)
	}
	// An operator's change survives a restart with other flags...
	cfg := info(pipeline.KindClean)
	cfg.MaxMsgs = 777
	if _, err := js.UpdateStream(ctx, cfg); err != nil {
		t.Fatal(err)
	}
	setup("--max-age", "1h")
	if c := info(pipeline.KindClean); c.MaxMsgs != 777 || c.MaxAge != 24*time.Hour {
		t.Errorf("restart changed the clean stream: max msgs %d, max age %v", c.MaxMsgs, c.MaxAge)
	}
	// ...and is replaced when asked.
	setup("--max-age", "1h", "--update-streams")
	if c := info(pipeline.KindClean); c.MaxMsgs != -1 || c.MaxAge != time.Hour {
		t.Errorf("--update-streams: clean stream max msgs %d, max age %v", c.MaxMsgs, c.MaxAge)
	}
	if r := info(pipeline.KindRaw); r.MaxAge != 0 || r.MaxBytes != -1 {
		t.Errorf("--update-streams: raw stream max age %v, max bytes %d, want the flags' (keep)", r.MaxAge, r.MaxBytes)
	}
}
