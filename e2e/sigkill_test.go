package e2e

import (
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/wirestream/wirestream/pipeline"
)

// TestSIGKILLWorkerMidBatch runs `worker run segment` as a separate process
// and kills it with SIGKILL several times while the articles flow, each time
// with messages fetched, processed or published but not yet acked. A new
// process takes over the durable consumer; what the dead one left unacked is
// redelivered after the ack wait and deduplicated downstream by its
// Nats-Msg-Id. Every article must arrive in the segmented stream exactly
// once.
func TestSIGKILLWorkerMidBatch(t *testing.T) {
	n := 10000
	if testing.Short() {
		n = 2000
	}
	const kills = 4
	bin := workerBinary(t)
	e := newEnv(t)
	hop, _ := pipeline.HopFor("segment")

	ids := make([]string, n)
	msgs := make([]*nats.Msg, n)
	for i := range n {
		ids[i] = fmt.Sprintf("kill-%05d", i)
		text := story(i)
		m := nats.NewMsg(e.names.Subject(pipeline.KindClean, "wire"))
		m.Data = e.encode(rawArticle{ID: ids[i], Source: "wire", Text: &text})
		m.Header.Set("Nats-Msg-Id", "clean:"+ids[i])
		msgs[i] = m
	}
	e.publish(msgs...)

	args := []string{"run", "segment", "--nats", e.url, "--no-samples",
		"--concurrency", "4", "--ack-wait", "3s", "--log-format", "json"}
	if e.names.Namespace != "" {
		args = append(args, "--namespace", e.names.Namespace)
	}
	startOne := func() (*proc, string) {
		addr := "127.0.0.1:" + strconv.Itoa(freePort(t))
		return startWorker(t, bin, append(args, "--metrics", addr)...), "http://" + addr
	}

	p, metricsURL := startOne()
	var pendingAtKill []int
	for k := 1; k <= kills; k++ {
		at := n * k / (kills + 1)
		waitFor(t, 120*time.Second, fmt.Sprintf("%d segmented articles before kill %d", at, k), func() bool {
			if !p.running() {
				t.Fatalf("worker exited by itself: %v\n%s", p.err, tail(p.log(), 3000))
			}
			return e.count(pipeline.KindSegmented) >= at
		})
		ack := -1
		if ci, err := e.consumerInfo(hop); err == nil {
			ack = ci.NumAckPending
		}
		p.kill(t)
		pendingAtKill = append(pendingAtKill, ack)
		p, metricsURL = startOne()
	}
	waitFor(t, 30*time.Second, "the last worker ready (/readyz 200)", func() bool {
		return httpStatus(metricsURL+"/readyz") == http.StatusOK
	})
	waitFor(t, 180*time.Second, fmt.Sprintf("%d segmented articles", n), func() bool {
		if !p.running() {
			t.Fatalf("worker exited by itself: %v\n%s", p.err, tail(p.log(), 3000))
		}
		return e.count(pipeline.KindSegmented) >= n
	})
	e.waitSettled([]pipeline.Hop{hop}, 60*time.Second)
	metrics := scrape(t, metricsURL+"/metrics")
	p.terminate(t)

	tl := e.tallyOut(pipeline.KindSegmented, ids)
	e.exactlyOnce(tl, ids)
	e.checkProvenance(tl, "segment")
	dlq := e.count(pipeline.KindDLQ)
	if dlq != 0 {
		t.Errorf("%d dead letters, want none", dlq)
	}
	midBatch := 0
	for _, a := range pendingAtKill {
		if a > 0 {
			midBatch++
		}
	}
	if midBatch == 0 {
		t.Errorf("no kill hit unacked messages (acks pending at each kill: %v): the test did not kill mid-batch", pendingAtKill)
	}
	if !strings.Contains(metrics, `wirestream_messages_total{outcome="processed",stage="segment"}`) {
		t.Errorf("the last worker's /metrics has no processed count for segment")
	}
	record(t, row{
		Case: fmt.Sprintf("worker process (segment) SIGKILLed %d times", kills),
		In:   n, Out: tl.Out, DLQ: dlq, Lost: len(tl.Lost), Dup: tl.extra(),
		Outcome: fmt.Sprintf("unacked messages at each kill %v; all redelivered, repeats dropped by Nats-Msg-Id", pendingAtKill),
	})
}

// scrape GETs a metrics page.
func scrape(t testing.TB, url string) string {
	t.Helper()
	c := http.Client{Timeout: 5 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	return string(b)
}
