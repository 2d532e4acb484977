package main

import (
	"context"
	"fmt"
	"runtime/debug"
)

// version is set at link time: -ldflags "-X main.version=v1.2.3".
var version = ""

func versionString() string {
	v := version
	info, ok := debug.ReadBuildInfo()
	if v == "" && ok {
		v = info.Main.Version
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && (v == "" || v == "(devel)") {
				v = "devel+" + s.Value[:min(12, len(s.Value))]
			}
		}
	}
	if v == "" {
		v = "(devel)"
	}
	s := "wirestream worker " + v
	if ok {
		s += " (" + info.GoVersion
		for _, d := range info.Deps {
			if d.Path == "github.com/nats-io/nats-server/v2" || d.Path == "github.com/nats-io/nats.go" {
				s += ", " + d.Path + " " + d.Version
			}
		}
		s += ")"
	}
	return s
}

func cmdVersion(_ context.Context, env *cliEnv, args []string) int {
	fs := newFlagSet(env, "version", "", "Print the version of the binary, its Go toolchain and NATS libraries.")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	fmt.Fprintln(env.stdout, versionString())
	return 0
}
