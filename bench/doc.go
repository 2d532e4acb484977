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
// Transport rows also give the process CPU time per message (cpu µs: client
// and embedded server), which a loaded machine disturbs far less than the
// rate. After each fixed-rate batch the progress output splits the latency
// of every article (hopTrace): per stage, the wait from storage in its
// input stream to the start of its handler, the handler, and the publish
// until the next stream stored the output; the median of each part and its
// mean over the slowest 1% show where the tail comes from.
//
// `worker bench` (cmd/worker) builds the stages and the corpus and calls Run.
package bench
