package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/wirestream/wirestream/pipeline"
)

// TestWorkerProcessAuth: the `worker run` connection flags reach the
// server. Against a server that requires them, a worker process without
// credentials is refused (and never consumes); one with --user/--password,
// or with --tls-ca/--tls-cert/--tls-key, cleans the articles.
func TestWorkerProcessAuth(t *testing.T) {
	bin := workerBinary(t)
	p := newPKI(t)
	tlsCfg, err := server.GenTLSConfig(&server.TLSConfigOpts{
		CertFile: p.ServerCert, KeyFile: p.ServerKey, CaFile: p.CA, Verify: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		server *server.Options
		conn   pipeline.ConnOptions
		flags  []string
		denied string // in the refused worker's log
	}{
		{"user/password", &server.Options{Username: "wire", Password: "s3cret-pass"},
			pipeline.ConnOptions{User: "wire", Password: "s3cret-pass"},
			[]string{"--user", "wire", "--password", "s3cret-pass"}, "Authorization Violation"},
		{"mutual TLS", &server.Options{TLSConfig: tlsCfg, TLS: true, TLSVerify: true, TLSTimeout: 5},
			pipeline.ConnOptions{TLSCA: p.CA, TLSCert: p.ClientCert, TLSKey: p.ClientKey},
			// The TLS failure itself is not logged (the connection retries
			// quietly); the worker only reports that it cannot set up.
			[]string{"--tls-ca", p.CA, "--tls-cert", p.ClientCert, "--tls-key", p.ClientKey}, "streams not ready"},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv := startEmbedded(t, pipeline.EmbeddedOptions{Server: c.server})
			base := []string{"run", "clean", "--nats", srv.ClientURL(), "--namespace", "wauth", "--no-samples", "--log-format", "json"}

			refused := startWorker(t, bin, base...)
			deadline := time.Now().Add(30 * time.Second)
			for !strings.Contains(refused.log(), c.denied) {
				if time.Now().After(deadline) {
					t.Fatalf("no %q in the log of the worker without credentials:\n%s", c.denied, tail(refused.log(), 2000))
				}
				time.Sleep(25 * time.Millisecond)
			}
			if strings.Contains(refused.log(), `"msg":"consuming"`) {
				t.Errorf("the worker without credentials consumes:\n%s", tail(refused.log(), 2000))
			}
			refused.kill(t)

			e := openEnv(t, srv.ClientURL(), pipeline.Names{Namespace: "wauth"}, c.conn, pipeline.DefaultStreamConfig())
			const n = 3
			ids, msgs := e.rawStories("wauth", n)
			e.publish(msgs...)
			w := startWorker(t, bin, append(base, c.flags...)...)
			waitFor(t, 60*time.Second, "the articles cleaned by the worker", func() bool {
				if !w.running() {
					t.Fatalf("worker exited: %v\n%s", w.err, tail(w.log(), 2000))
				}
				return e.count(pipeline.KindClean) >= n
			})
			hop, _ := pipeline.HopFor("clean")
			e.waitSettled([]pipeline.Hop{hop}, 30*time.Second)
			w.terminate(t)
			tl := e.tallyOut(pipeline.KindClean, ids)
			e.exactlyOnce(tl, ids)
			record(t, row{Case: "worker process auth " + c.name, In: n, Out: tl.Out, Lost: len(tl.Lost), Dup: tl.extra(),
				Outcome: "flags accepted; without them the worker is refused (" + c.denied + ") and never consumes"})
		})
	}
}
