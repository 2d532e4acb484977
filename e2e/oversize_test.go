package e2e

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/wirestream/wirestream/pipeline"
	"github.com/wirestream/wirestream/pipeline/natstest"
)

const hugeBody = 50 << 20

// bigServer is an embedded server whose max payload lets a 50 MB article
// in (the default is 1 MB).
func bigServer(t *testing.T) *pipeline.Embedded {
	return startEmbedded(t, pipeline.EmbeddedOptions{Server: &server.Options{
		MaxPayload: 64 << 20,
		MaxPending: 256 << 20,
	}})
}

func hugeArticle(e *env) []byte {
	return e.encode(rawArticle{ID: "p-huge", Source: "wire", ContentType: "text/plain",
		Body: strings.Repeat("Lorem ipsum dolor sit amet. ", hugeBody/28)})
}

// TestFiftyMegabyteArticle: a 50 MB article. A file-store stream cannot
// hold a record over 32 MB, so the server refuses it at publish and the
// publisher gets the error; in a memory stream it is stored, and the clean
// worker dead-letters it by its size before parsing it (WithMaxMessageBytes),
// with the articles around it processed.
func TestFiftyMegabyteArticle(t *testing.T) {
	t.Run("embedded/file storage", func(t *testing.T) {
		srv := bigServer(t)
		e := openEnv(t, srv.ClientURL(), pipeline.Names{Namespace: "file"}, pipeline.ConnOptions{}, pipeline.DefaultStreamConfig())
		huge := hugeArticle(e)
		_, err := e.js.PublishMsg(t.Context(), e.rawMsg("p-huge", huge))
		var apiErr *jetstream.APIError
		if err == nil || !errors.As(err, &apiErr) || !strings.Contains(err.Error(), "too large") {
			t.Fatalf("publish of %d bytes to a file stream: %v, want the server's 'message too large'", len(huge), err)
		}
		if c := e.count(pipeline.KindRaw); c != 0 {
			t.Errorf("raw stream holds %d messages, want none", c)
		}
		record(t, row{Case: "50 MB body, file-store stream", In: 1,
			Outcome: "refused at publish: " + err.Error() + " (file store records are at most 32 MB); nothing stored, the publisher is told"})
	})
	t.Run("embedded/memory storage", func(t *testing.T) {
		srv := bigServer(t)
		scfg := pipeline.DefaultStreamConfig()
		scfg.Storage = jetstream.MemoryStorage
		e := openEnv(t, srv.ClientURL(), pipeline.Names{Namespace: "mem"}, pipeline.ConnOptions{}, scfg)
		fiftyMegabytes(t, e, scfg)
	})
	t.Run("external", func(t *testing.T) {
		if os.Getenv("NATS_URL") == "" {
			t.Skip("NATS_URL is not set; the embedded variants cover the 50 MB article")
		}
		url, names, _ := natstest.Start(t)
		scfg := pipeline.DefaultStreamConfig()
		scfg.Storage = jetstream.MemoryStorage
		e := openEnv(t, url, names, pipeline.ConnOptions{}, scfg)
		if mp := e.nc.MaxPayload(); mp < hugeBody+1024 {
			t.Skipf("the server at NATS_URL has max_payload %d bytes: a 50 MB article cannot be published to it (the embedded variant raises max_payload to 64 MB)", mp)
		}
		fiftyMegabytes(t, e, scfg)
	})
}

func fiftyMegabytes(t *testing.T, e *env, scfg pipeline.StreamConfig) {
	sts := chainStages(t)
	huge := hugeArticle(e)
	ids := []string{"huge-before", "huge-after"}
	e.publish(
		&nats.Msg{Subject: e.names.Subject(pipeline.KindRaw, "wire"), Data: goodAt(t, e, sts, pipeline.KindRaw, ids[0], 1)},
		e.rawMsg("p-huge", huge),
		&nats.Msg{Subject: e.names.Subject(pipeline.KindRaw, "wire"), Data: goodAt(t, e, sts, pipeline.KindRaw, ids[1], 2)},
	)
	rs := e.runChain(sts,
		pipeline.WithConcurrency(1),
		pipeline.WithMaxMessageBytes(maxMessageBytes),
		pipeline.WithStreamConfig(scfg))
	waitFor(t, 120*time.Second, "the articles downstream and the dead letter", func() bool {
		return e.count(pipeline.KindLinked) >= 2 && e.count(pipeline.KindDLQ) >= 1
	})
	e.waitSettled(hopsOf(t, sts), 60*time.Second)
	stopAll(rs)

	tl := e.tallyOut(pipeline.KindLinked, ids)
	e.exactlyOnce(tl, ids)
	dls := e.deadLetters()
	if len(dls) != 1 {
		t.Fatalf("%d dead letters, want 1", len(dls))
	}
	dl := dls[0]
	if dl.Stage != "clean" || dl.Kind != pipeline.DeadTooLarge || !strings.Contains(dl.Error, "over the size limit") ||
		dl.ArticleID != "p-huge" || dl.MessageID != "raw:p-huge" || dl.DeliveryCount != 1 {
		t.Errorf("dead letter %s/%s %q article %q msg id %q delivery %d, want clean/too_large over the size limit for p-huge raw:p-huge on delivery 1",
			dl.Stage, dl.Kind, dl.Error, dl.ArticleID, dl.MessageID, dl.DeliveryCount)
	}
	// The payload is kept whole when it fits the server, else cut with its
	// size noted.
	if dl.PayloadTruncated && dl.PayloadBytes != len(huge) || !dl.PayloadTruncated && len(dl.Payload) != len(huge) {
		t.Errorf("dead letter payload %d bytes (truncated %v, of %d), want the %d-byte input",
			len(dl.Payload), dl.PayloadTruncated, dl.PayloadBytes, len(huge))
	}
	record(t, row{Case: "50 MB body, memory stream (max payload 64 MB, size limit 4 MB)", In: 1,
		Out: 0, DLQ: 1, Outcome: fmt.Sprintf("DLQ %s/%s before parsing: %s; neighbours processed", dl.Stage, dl.Kind, dl.Error)})
}
