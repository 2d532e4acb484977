package main

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/wirestream/wirestream/pipeline"

	"github.com/wirestream/wirestream/internal/shared"
)

type composeFile struct {
	Services map[string]composeService `yaml:"services"`
}

type composeService struct {
	Image         string   `yaml:"image"`
	Build         any      `yaml:"build"`
	Command       []string `yaml:"command"`
	Ports         []string `yaml:"ports"`
	ContainerName string   `yaml:"container_name"`
	DependsOn     []string `yaml:"depends_on"`
}

var clusterNodes = []string{"n1", "n2", "n3"}

func loadCompose(t *testing.T) composeFile {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(shared.Root(t), "docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var c composeFile
	if err := yaml.Unmarshal(data, &c); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	return c
}

// flagValue returns the value of --name (or -name) in a command line.
func flagValue(cmd []string, name string) (string, bool) {
	for i, a := range cmd {
		for _, p := range []string{"--" + name, "-" + name} {
			if a == p && i+1 < len(cmd) {
				return cmd[i+1], true
			}
			if v, ok := strings.CutPrefix(a, p+"="); ok {
				return v, true
			}
		}
	}
	return "", false
}

func TestComposeClusterNodes(t *testing.T) {
	c := loadCompose(t)
	for _, n := range clusterNodes {
		s, ok := c.Services[n]
		if !ok {
			t.Fatalf("no service %s", n)
		}
		if !strings.HasPrefix(s.Image, "nats:2.10") {
			t.Errorf("%s: image %q, want nats:2.10", n, s.Image)
		}
		if !slices.Contains(s.Command, "--jetstream") && !slices.Contains(s.Command, "-js") {
			t.Errorf("%s: JetStream is not enabled: %v", n, s.Command)
		}
		if name, _ := flagValue(s.Command, "cluster_name"); name != "wirestream" {
			t.Errorf("%s: cluster_name %q", n, name)
		}
		if _, ok := flagValue(s.Command, "cluster"); !ok {
			t.Errorf("%s: no cluster listen address", n)
		}
		routes, _ := flagValue(s.Command, "routes")
		for _, other := range clusterNodes {
			if other != n && !strings.Contains(routes, "nats://"+other+":6222") {
				t.Errorf("%s: no route to %s in %q", n, other, routes)
			}
		}
		if sn, _ := flagValue(s.Command, "name"); sn != n {
			t.Errorf("%s: server name %q", n, sn)
		}
	}
}

func TestComposeStageServices(t *testing.T) {
	c := loadCompose(t)
	if _, err := os.Stat(filepath.Join(shared.Root(t), "Dockerfile")); err != nil {
		t.Fatalf("the stage services build from ./Dockerfile: %v", err)
	}
	// Every stage of the pipeline, registered in this build or not yet.
	want := map[string]bool{}
	for _, h := range pipeline.DefaultHops {
		want[h.Stage] = true
	}
	for _, n := range stageNames() {
		want[n] = true
	}
	for stage := range want {
		s, ok := c.Services[stage]
		if !ok {
			t.Errorf("no service for stage %s", stage)
			continue
		}
		if s.Build == nil {
			t.Errorf("%s: not built from the Dockerfile", stage)
		}
		if len(s.Command) < 2 || s.Command[0] != "run" || s.Command[1] != stage {
			t.Errorf("%s: command %v, want run %s ...", stage, s.Command, stage)
		}
		url, _ := flagValue(s.Command, "nats")
		for _, n := range clusterNodes {
			if !slices.Contains(strings.Split(url, ","), "nats://"+n+":4222") {
				t.Errorf("%s: --nats %q does not name cluster node %s", stage, url, n)
			}
		}
		if r, _ := flagValue(s.Command, "replicas"); r != "3" {
			t.Errorf("%s: --replicas %q, want 3", stage, r)
		}
		// Scaling a service needs containers without fixed names or host ports.
		if s.ContainerName != "" || len(s.Ports) > 0 {
			t.Errorf("%s: container_name or host ports would prevent --scale", stage)
		}
		for _, n := range clusterNodes {
			if !slices.Contains(s.DependsOn, n) {
				t.Errorf("%s: does not depend on %s", stage, n)
			}
		}
	}
}

// The flags the compose file passes must exist on `worker run`.
func TestComposeCommandsParse(t *testing.T) {
	c := loadCompose(t)
	for name, s := range c.Services {
		if s.Build == nil || len(s.Command) == 0 {
			continue
		}
		env := &cliEnv{stdout: new(strings.Builder), stderr: new(strings.Builder), getenv: func(string) string { return "" }}
		var fs *flag.FlagSet
		switch s.Command[0] {
		case "run":
			fs = runFlagSet(env, &runConfig{})
		case "publish":
			fs = publishFlagSet(env, &publishConfig{})
		default:
			t.Errorf("%s: unknown command %q", name, s.Command[0])
			continue
		}
		if _, code, ok := parseArgs(fs, s.Command[1:]); !ok {
			t.Errorf("%s: %v does not parse (status %d): %s", name, s.Command, code, env.stderr)
		}
	}
}
