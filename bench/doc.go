// Package bench measures Wirestream's throughput and latency side by side
// with the transport's own ceiling, in one process and one run:
//
//   - each stage alone on a corpus in memory (decode, process, encode), and
//     the JSON codec alone (a stage that does nothing), for the ratio of a
//     stage's own work to the codec cost it carries;
//   - the transport: JetStream async publish, durable consume+ack, a
//     do-nothing stage hop through the real pipeline.Runner, and the same hop
//     publishing synchronously (one round trip per message, as Watermill's
//     NATS publisher does) for comparison;
//   - the whole pipeline end to end through NATS at full speed and at a fixed
//     offered rate, with end-to-end latency percentiles.
//
// `worker bench` (cmd/worker) builds the stages and the corpus and calls Run.
package bench
