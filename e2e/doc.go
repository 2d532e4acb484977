// Package e2e holds the whole-system tests of Wirestream: the real stages
// on real JetStream servers, under faults and hostile input. It has no
// library code; everything is in its _test.go files.
//
// Faults: a stage worker process killed with SIGKILL again and again while
// 10,000 articles flow; the NATS server restarted mid-flow; a node of an
// in-process 3-node cluster (streams with 3 replicas) stopped mid-flow and
// brought back; a slow stage upstream of a fast one. Each fault test counts
// the articles in and out and requires that none is lost and none is
// duplicated in the final stream, by count, by article id and by
// Nats-Msg-Id.
//
// Poison input: malformed JSON, a JSON array or string, a missing id, an
// unknown content type, invalid UTF-8, NUL bytes, a 50 MB body, an HTML
// bomb, 1 MB without a space, 100k quotation marks, a message redelivered
// past max deliver, an article over its time budget. Each either ends in the
// dead-letter stream with its reason, or comes through; the worker stays up
// and the articles before and after it are processed.
//
// Security and operations: embedded servers that require user/password, a
// token, an NKey or mutual TLS (certificates made in the test) refuse a
// client without credentials and serve one with them; the Prometheus
// handler reports per-stage counts, latency, in-flight messages and
// readiness.
//
// The tests run against an embedded server, or against the server at
// NATS_URL inside a fresh namespace that is deleted afterwards (natstest);
// the tests that must stop or configure a server always start their own.
// Every test logs its rows of the fault table (case, articles in, out, in
// the DLQ, lost, duplicated), and the package prints the whole table at the
// end:
//
//	go test -count=1 -v ./e2e/
//	NATS_URL=nats://127.0.0.1:4222 go test -count=1 -v ./e2e/
//
// -short shrinks the 10,000-article SIGKILL test to 2,000 articles.
//
// FuzzChainBody and FuzzChainMessage fuzz the four stages together, as the
// workers run them (pipeline.Apply):
//
//	go test -run XXX -fuzz FuzzChainBody -fuzztime 60s -fuzzminimizetime 20x ./e2e/
package e2e
