package e2e

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/wirestream/wirestream/pipeline"
)

// cluster is three embedded JetStream servers routed on loopback.
type cluster struct {
	t       testing.TB
	names   []string
	ports   []int // client ports
	routes  []int // cluster ports
	dirs    []string
	servers []*pipeline.Embedded
}

func newCluster(t testing.TB, size int) *cluster {
	t.Helper()
	c := &cluster{t: t, servers: make([]*pipeline.Embedded, size)}
	base := t.TempDir()
	for i := range size {
		c.names = append(c.names, "n"+strconv.Itoa(i+1))
		c.ports = append(c.ports, freePort(t))
		c.routes = append(c.routes, freePort(t))
		c.dirs = append(c.dirs, filepath.Join(base, c.names[i]))
	}
	for i := range size {
		c.start(i)
	}
	t.Cleanup(func() {
		for i := range c.servers {
			c.stop(i)
		}
	})
	c.waitMetaLeader()
	return c
}

// start starts node i (again), with its ports and store.
func (c *cluster) start(i int) {
	c.t.Helper()
	var routes []string
	for j, p := range c.routes {
		if j != i {
			routes = append(routes, "nats-route://127.0.0.1:"+strconv.Itoa(p))
		}
	}
	so := &server.Options{
		Cluster: server.ClusterOpts{Name: "wirestream-e2e", Host: "127.0.0.1", Port: c.routes[i]},
		Routes:  server.RoutesFromStr(strings.Join(routes, ",")),
	}
	s, err := pipeline.StartEmbedded(pipeline.EmbeddedOptions{
		Port: c.ports[i], DataDir: c.dirs[i], ServerName: c.names[i], Server: so,
		ReadyTimeout: 30 * time.Second,
	})
	if err != nil {
		c.t.Fatalf("node %s: %v", c.names[i], err)
	}
	c.servers[i] = s
}

func (c *cluster) stop(i int) {
	if s := c.servers[i]; s != nil {
		s.Shutdown()
		s.WaitForShutdown()
		c.servers[i] = nil
	}
}

func (c *cluster) url() string {
	var us []string
	for _, p := range c.ports {
		us = append(us, "nats://127.0.0.1:"+strconv.Itoa(p))
	}
	return strings.Join(us, ",")
}

func (c *cluster) waitMetaLeader() {
	c.t.Helper()
	waitFor(c.t, 60*time.Second, "a JetStream meta leader", func() bool {
		for _, s := range c.servers {
			if s != nil && s.Server.JetStreamIsLeader() {
				return true
			}
		}
		return false
	})
}

func (c *cluster) index(name string) int {
	for i, n := range c.names {
		if n == name {
			return i
		}
	}
	return -1
}

// TestClusterNodeLostMidFlow runs clean and segment on a 3-node cluster
// whose streams and consumers have 3 replicas, stops the node that leads the
// raw stream while articles flow, and brings it back. The client fails over
// to another node, the stream and consumer elect new leaders, and every
// article arrives in the segmented stream exactly once; the node that came
// back catches up.
func TestClusterNodeLostMidFlow(t *testing.T) {
	const n = 2000
	cl := newCluster(t, 3)
	scfg := pipeline.DefaultStreamConfig()
	scfg.Replicas = 3
	e := openEnv(t, cl.url(), pipeline.Names{Namespace: "cluster"}, pipeline.ConnOptions{}, scfg)
	sts := chainStages(t)[:2] // clean, segment
	ids, msgs := e.rawStories("cluster", n)
	e.publish(msgs...)
	// A few milliseconds per article keep the flow going long enough for
	// the node to come back while articles still move.
	throttle := func(next pipeline.Handler) pipeline.Handler {
		return func(ctx context.Context, m *pipeline.Message) ([]*pipeline.Outgoing, error) {
			time.Sleep(5 * time.Millisecond)
			return next(ctx, m)
		}
	}
	rs := e.runChain(sts,
		pipeline.WithMiddleware(throttle),
		pipeline.WithConcurrency(4),
		pipeline.WithAckWait(10*time.Second),
		pipeline.WithPublishTimeout(3*time.Second),
		pipeline.WithBackoff([]time.Duration{200 * time.Millisecond, time.Second}),
		pipeline.WithStreamConfig(scfg))
	waitFor(t, 120*time.Second, "a quarter of the articles segmented", func() bool {
		return e.count(pipeline.KindSegmented) >= n/4
	})

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	s, err := e.js.Stream(ctx, e.names.Stream(pipeline.KindRaw))
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(ctx)
	cancel()
	if err != nil || info.Cluster == nil {
		t.Fatalf("raw stream cluster info: %v", err)
	}
	if len(info.Cluster.Replicas) != 2 {
		t.Fatalf("raw stream has %d replicas besides its leader, want 2", len(info.Cluster.Replicas))
	}
	victim := cl.index(info.Cluster.Leader)
	if victim < 0 {
		t.Fatalf("leader %q is not a node of the cluster", info.Cluster.Leader)
	}
	before := e.count(pipeline.KindSegmented)
	cl.stop(victim)
	during := 0
	waitFor(t, 120*time.Second, "progress without node "+cl.names[victim], func() bool {
		c, err := e.tryCount(pipeline.KindSegmented)
		during = c
		return err == nil && c >= before+n/10
	})
	cl.start(victim)

	waitFor(t, 180*time.Second, fmt.Sprintf("%d articles segmented", n), func() bool {
		c, err := e.tryCount(pipeline.KindSegmented)
		return err == nil && c >= n
	})
	e.waitSettled(hopsOf(t, sts), 60*time.Second)
	stopAll(rs)

	tl := e.tallyOut(pipeline.KindSegmented, ids)
	e.exactlyOnce(tl, ids)
	e.checkProvenance(tl, "clean", "segment")
	if c := e.count(pipeline.KindClean); c != n {
		t.Errorf("clean stream holds %d messages, want %d", c, n)
	}
	dlq := e.count(pipeline.KindDLQ)
	if dlq != 0 {
		t.Errorf("%d dead letters, want none", dlq)
	}
	// The node that came back holds its replica again, caught up.
	waitFor(t, 60*time.Second, "every replica of the segmented stream current", func() bool {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		s, err := e.js.Stream(ctx, e.names.Stream(pipeline.KindSegmented))
		if err != nil {
			return false
		}
		info, err := s.Info(ctx)
		if err != nil || info.Cluster == nil || len(info.Cluster.Replicas) != 2 {
			return false
		}
		for _, r := range info.Cluster.Replicas {
			if !r.Current || r.Offline {
				return false
			}
		}
		return true
	})
	record(t, row{
		Case: "3-node cluster, R3 streams: raw stream leader stopped mid-flow, then restarted (clean+segment)",
		In:   n, Out: tl.Out, DLQ: dlq, Lost: len(tl.Lost), Dup: tl.extra(),
		Outcome: fmt.Sprintf("stopped %s (raw stream leader) at %d/%d segmented, restarted at %d; it rejoined and caught up", cl.names[victim], before, n, during),
	})
}
