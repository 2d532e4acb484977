// Command consumer is the smallest useful Wirestream consumer: it reads
// one stage's subject with a durable JetStream consumer of its own and
// prints each article's quotes. Run it with `go run ./examples/consumer
// -kind linked` (NATS_URL names the server).
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"strings"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/segmentio/encoding/json"

	"github.com/wirestream/wirestream/schemas"
)

func main() {
	kind := flag.String("kind", "linked", "stage output to read: raw, clean, segmented, quoted or linked")
	durable := flag.String("durable", "my-consumer", "consumer name; a restart resumes where it stopped")
	flag.Parse()
	url := os.Getenv("NATS_URL")
	if url == "" {
		url = nats.DefaultURL
	}
	nc, err := nats.Connect(url)
	if err != nil {
		log.Fatal(err)
	}
	defer nc.Drain()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	// Stream NEWS_<KIND> holds the subjects news.<kind>.<source>.
	err = consume(ctx, nc, "NEWS_"+strings.ToUpper(*kind), "news."+*kind+".>", *durable, os.Stdout)
	if err != nil {
		log.Fatal(err)
	}
}

// consume prints every article of the stream until ctx ends.
func consume(ctx context.Context, nc *nats.Conn, stream, subject, durable string, out io.Writer) error {
	js, err := jetstream.New(nc)
	if err != nil {
		return err
	}
	cons, err := js.CreateOrUpdateConsumer(ctx, stream, jetstream.ConsumerConfig{
		Durable: durable, FilterSubject: subject, AckPolicy: jetstream.AckExplicitPolicy,
	})
	if err != nil {
		return err
	}
	cc, err := cons.Consume(func(m jetstream.Msg) {
		var a schemas.Article
		if err := json.Unmarshal(m.Data(), &a); err != nil {
			m.Term() // not an article: never deliver it again
			return
		}
		fmt.Fprintf(out, "%s %s\n", a.ID, a.Title)
		for _, q := range a.Quotes {
			if q.Speaker != nil {
				fmt.Fprintf(out, "  %s: %q\n", q.Speaker.Name, q.Text)
			}
		}
		m.Ack() // after the work is done: a crash means a redelivery, not a loss
	})
	if err != nil {
		return err
	}
	<-ctx.Done()
	cc.Stop()
	return nil
}
