package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/wirestream/wirestream/pipeline"
)

// newFlagSet makes a subcommand's flag set; usageLine and about head its
// --help text.
func newFlagSet(env *cliEnv, name, usageLine, about string) *flag.FlagSet {
	fs := flag.NewFlagSet("worker "+name, flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: worker %s %s\n\n%s\n\nFlags (each may be written -flag or --flag):\n", name, usageLine, about)
		fs.PrintDefaults()
	}
	return fs
}

// parseArgs parses flags and positional arguments in any order
// (`worker tail news.linked.> --count 3` as well as flags first), since the
// standard flag package stops at the first positional argument. After "--"
// everything is positional.
func parseArgs(fs *flag.FlagSet, args []string) (pos []string, code int, ok bool) {
	for {
		if code, ok := parseFlags(fs, args); !ok {
			return nil, code, false
		}
		rest := fs.Args()
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), 0, true
		}
		if len(rest) == 0 {
			return pos, 0, true
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error {
	*s = append(*s, v)
	return nil
}

// envList splits a list from an environment variable on the OS path list
// separator (':' on Unix), like PATH.
func envList(env *cliEnv, key string) stringList {
	v := env.getenv(key)
	if v == "" {
		return nil
	}
	var out stringList
	for _, p := range strings.Split(v, string(os.PathListSeparator)) {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

func envInt(env *cliEnv, key string, def int) int {
	if v := env.getenv(key); v != "" {
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	}
	return def
}

func envString(env *cliEnv, key, def string) string {
	if v := env.getenv(key); v != "" {
		return v
	}
	return def
}

// natsFlags are the connection flags shared by run, publish and tail. Their
// defaults come from the same environment variables as the nats CLI.
type natsFlags struct {
	url       string
	creds     string
	nkey      string
	user      string
	password  string
	token     string
	tlsCA     string
	tlsCert   string
	tlsKey    string
	namespace string
	timeout   time.Duration
}

func (n *natsFlags) register(fs *flag.FlagSet, env *cliEnv, urlHelp string) {
	fs.StringVar(&n.url, "nats", env.getenv("NATS_URL"), urlHelp+" (env NATS_URL)")
	fs.StringVar(&n.creds, "creds", env.getenv("NATS_CREDS"), "NATS credentials `file` (env NATS_CREDS)")
	fs.StringVar(&n.nkey, "nkey", env.getenv("NATS_NKEY"), "NATS user nkey seed `file` (env NATS_NKEY)")
	fs.StringVar(&n.user, "user", env.getenv("NATS_USER"), "NATS user name (env NATS_USER)")
	fs.StringVar(&n.password, "password", env.getenv("NATS_PASSWORD"), "NATS password (env NATS_PASSWORD)")
	fs.StringVar(&n.token, "token", env.getenv("NATS_TOKEN"), "NATS auth token (env NATS_TOKEN)")
	fs.StringVar(&n.tlsCA, "tls-ca", env.getenv("NATS_CA"), "PEM `file` of CAs that sign the server certificate (env NATS_CA)")
	fs.StringVar(&n.tlsCert, "tls-cert", env.getenv("NATS_CERT"), "client certificate PEM `file` for mutual TLS (env NATS_CERT)")
	fs.StringVar(&n.tlsKey, "tls-key", env.getenv("NATS_KEY"), "client key PEM `file` for mutual TLS (env NATS_KEY)")
	fs.StringVar(&n.namespace, "namespace", env.getenv("WIRESTREAM_NAMESPACE"), "prefix of subjects, streams and consumers, to share a cluster (env WIRESTREAM_NAMESPACE)")
	fs.DurationVar(&n.timeout, "connect-timeout", 5*time.Second, "timeout of one connection attempt")
}

func (n *natsFlags) names() (pipeline.Names, error) {
	names := pipeline.Names{Namespace: n.namespace}
	return names, names.Validate()
}

func (n *natsFlags) connOptions(name string) pipeline.ConnOptions {
	return pipeline.ConnOptions{
		Name:           name,
		CredsFile:      n.creds,
		NkeySeedFile:   n.nkey,
		User:           n.user,
		Password:       n.password,
		Token:          n.token,
		TLSCA:          n.tlsCA,
		TLSCert:        n.tlsCert,
		TLSKey:         n.tlsKey,
		ConnectTimeout: n.timeout,
	}
}

// logFormatVar registers --log-format with the command's default: JSON for
// the long-running services, whose logs go to a collector; console for the
// one-shot tools a person runs at a terminal.
func logFormatVar(fs *flag.FlagSet, env *cliEnv, p *string, def string) {
	fs.StringVar(p, "log-format", envString(env, "WIRESTREAM_LOG_FORMAT", def), "log format on stderr: json or console (env WIRESTREAM_LOG_FORMAT)")
}

// logFormatFlag is logFormatVar returning a new variable.
func logFormatFlag(fs *flag.FlagSet, env *cliEnv, def string) *string {
	p := new(string)
	logFormatVar(fs, env, p, def)
	return p
}
