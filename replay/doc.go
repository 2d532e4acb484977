// Package replay re-feeds stored messages into the pipeline: the stored
// input of a stage (after an upgrade of that stage, say) or the dead letters
// of a stage (after a fix). It is the engine of `worker replay`.
//
// A replay never touches a stage's durable consumer. It reads the input
// stream with an ordered, ephemeral consumer (gone when the run ends),
// selects messages (time, sequence, source, article ids) and publishes each
// selected one again to its own subject, where the stage's durable consumer
// picks it up like any new message. The live consumers' delivered and ack
// positions stay as they were; the stage simply sees more work.
//
// Every re-published message carries
//
//	Nats-Msg-Id            replay:<run id>:<stream seq>  (dlq-replay:<dlq stream>:<dlq seq> for dead letters)
//	Wirestream-Replay      the run id
//	Wirestream-Replay-Of   stream sequence of the original message
//	Wirestream-Replay-Dlq  the dead letter's sequence (dead letters only)
//
// and its payload unchanged, provenance (stages) included. The message id
// differs from the original's, so the input stream's duplicate window does
// not drop it; it is fixed per run and message, so running a broken-off run
// again with the same --run-id inside that window publishes nothing twice.
//
// What comes out depends on the stage's Nats-Msg-Id,
// <article id>:<stage>:<version>:<output hash> (pipeline.MsgID): a stage that
// is unchanged produces the same id, and the output stream drops it as a
// duplicate, but only inside the output stream's duplicate window
// (pipeline.StreamConfig.Duplicates, 2 minutes by default). A new stage
// version produces a new id, so exactly one new output per replayed article.
//
// Dead letters (RunDLQ) are re-fed to the subject they failed on, then
// deleted from the DLQ stream once the re-publish is stored, so each dead
// letter is re-fed once. One that fails again is dead-lettered again by the
// stage with the new reason, as a new DLQ message.
//
// See README.md for retention settings and the command line.
package replay
