package main

import (
	"fmt"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/wirestream/wirestream/pipeline"
)

// startLog builds a command's logger and checks the namespace, the first
// steps of every command that talks to NATS. On failure it has already said
// why (a bad format before there is a logger, so plainly, prefixed by cmd)
// and the command exits 2: both are usage errors.
func (n *natsFlags) startLog(env *cliEnv, cmd, format string) (*zap.Logger, pipeline.Names, bool) {
	log, err := newLogger(env.stderr, format, "info")
	if err != nil {
		fmt.Fprintln(env.stderr, cmd+":", err)
		return nil, pipeline.Names{}, false
	}
	names, err := n.names()
	if err != nil {
		log.Error("bad namespace", zap.Error(err))
		return nil, pipeline.Names{}, false
	}
	return log, names, true
}

// serverURL is --nats, or the local default when it is empty.
func (n *natsFlags) serverURL() string {
	if n.url == "" {
		return defaultLocalURL
	}
	return n.url
}

// open connects as client to the server the flags name and opens JetStream
// on the connection. A failure is logged ("connect" or "jetstream") before
// it is returned, so the caller only picks its exit code; on success the
// caller closes the connection.
func (n *natsFlags) open(client string, log *zap.Logger, retry bool, jsOpts ...jetstream.JetStreamOpt) (*nats.Conn, jetstream.JetStream, error) {
	o := n.connOptions(client)
	o.Logger = log
	o.RetryOnFailedConnect = retry
	nc, err := pipeline.Connect(n.serverURL(), o)
	if err != nil {
		log.Error("connect", zap.Error(err))
		return nil, nil, err
	}
	js, err := jetstream.New(nc, jsOpts...)
	if err != nil {
		log.Error("jetstream", zap.Error(err))
		nc.Close()
		return nil, nil, err
	}
	return nc, js, nil
}
