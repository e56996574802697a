package deploy

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v4"

	"github.com/stateflow-go/stateflow/server"
)

// object is the part of a Kubernetes object the tests look at.
type object struct {
	file       string
	APIVersion string `yaml:"apiVersion"`
	Kind       string `yaml:"kind"`
	Metadata   meta   `yaml:"metadata"`
	Spec       struct {
		ServiceName string         `yaml:"serviceName"`
		Replicas    *int           `yaml:"replicas"`
		Selector    map[string]any `yaml:"selector"`
		ClusterIP   string         `yaml:"clusterIP"`
		Ports       []struct {
			Name       string `yaml:"name"`
			Port       int    `yaml:"port"`
			TargetPort string `yaml:"targetPort"`
		} `yaml:"ports"`
		Template struct {
			Metadata meta `yaml:"metadata"`
			Spec     struct {
				Containers []container `yaml:"containers"`
			} `yaml:"spec"`
		} `yaml:"template"`
		VolumeClaimTemplates []struct {
			Metadata meta `yaml:"metadata"`
		} `yaml:"volumeClaimTemplates"`
	} `yaml:"spec"`
	Data      map[string]string `yaml:"data"`
	Resources []string          `yaml:"resources"`
}

type meta struct {
	Name   string            `yaml:"name"`
	Labels map[string]string `yaml:"labels"`
}

type container struct {
	Name  string   `yaml:"name"`
	Image string   `yaml:"image"`
	Args  []string `yaml:"args"`
	Env   []struct {
		Name string `yaml:"name"`
	} `yaml:"env"`
	EnvFrom []struct {
		ConfigMapRef struct {
			Name string `yaml:"name"`
		} `yaml:"configMapRef"`
	} `yaml:"envFrom"`
	Ports []struct {
		Name          string `yaml:"name"`
		ContainerPort int    `yaml:"containerPort"`
	} `yaml:"ports"`
	LivenessProbe  *probe `yaml:"livenessProbe"`
	ReadinessProbe *probe `yaml:"readinessProbe"`
	Resources      struct {
		Requests map[string]string `yaml:"requests"`
	} `yaml:"resources"`
	VolumeMounts []struct {
		Name      string `yaml:"name"`
		MountPath string `yaml:"mountPath"`
	} `yaml:"volumeMounts"`
}

type probe struct {
	HTTPGet struct {
		Path string `yaml:"path"`
		Port string `yaml:"port"`
	} `yaml:"httpGet"`
}

// manifests parses every file of k8s/, one object each.
func manifests(t *testing.T) []*object {
	t.Helper()
	files, err := filepath.Glob("k8s/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no manifests: %v", err)
	}
	var objs []*object
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		dec := yaml.NewDecoder(bytes.NewReader(data))
		o := &object{file: filepath.Base(f)}
		if err := dec.Decode(o); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		var more any
		if err := dec.Decode(&more); !errors.Is(err, io.EOF) {
			t.Errorf("%s: more than one document (%v)", f, err)
		}
		if o.APIVersion == "" || o.Kind == "" {
			t.Errorf("%s: no apiVersion or kind", f)
		}
		if o.Kind != "Kustomization" && o.Metadata.Name == "" {
			t.Errorf("%s: %s without a name", f, o.Kind)
		}
		objs = append(objs, o)
	}
	return objs
}

func byKind(objs []*object, kind string) []*object {
	var out []*object
	for _, o := range objs {
		if o.Kind == kind {
			out = append(out, o)
		}
	}
	return out
}

// subset reports whether every label of sel is in labels.
func subset(sel map[string]string, labels map[string]string) bool {
	for k, v := range sel {
		if labels[k] != v {
			return false
		}
	}
	return len(sel) > 0
}

func strings2(m map[string]any) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		s, _ := v.(string)
		out[k] = s
	}
	return out
}

// The manifests parse, the kustomization lists them all, and each
// workload's selector, Service, ConfigMap, probes, volumes and resource
// requests agree with its pods.
func TestManifestsAgree(t *testing.T) {
	objs := manifests(t)
	var listed []string
	for _, k := range byKind(objs, "Kustomization") {
		listed = append(listed, k.Resources...)
	}
	for _, o := range objs {
		if o.Kind != "Kustomization" && !slices.Contains(listed, o.file) {
			t.Errorf("kustomization.yaml does not list %s", o.file)
		}
	}
	for _, f := range listed {
		if _, err := os.Stat(filepath.Join("k8s", f)); err != nil {
			t.Errorf("kustomization.yaml lists %s: %v", f, err)
		}
	}
	configMaps := map[string]*object{}
	for _, c := range byKind(objs, "ConfigMap") {
		configMaps[c.Metadata.Name] = c
	}
	services := byKind(objs, "Service")
	workloads := append(byKind(objs, "StatefulSet"), byKind(objs, "Deployment")...)
	if len(byKind(objs, "StatefulSet")) != 1 || len(byKind(objs, "Deployment")) != 1 {
		t.Fatalf("want one StatefulSet (workers) and one Deployment (ingress), have %d and %d",
			len(byKind(objs, "StatefulSet")), len(byKind(objs, "Deployment")))
	}
	for _, w := range workloads {
		pods := w.Spec.Template.Metadata.Labels
		match, _ := w.Spec.Selector["matchLabels"].(map[string]any)
		if !subset(strings2(match), pods) {
			t.Errorf("%s: selector %v does not select its pods %v", w.Metadata.Name, match, pods)
		}
		var svcs []*object
		for _, s := range services {
			if subset(strings2(s.Spec.Selector), pods) {
				svcs = append(svcs, s)
			}
		}
		if len(svcs) == 0 {
			t.Errorf("%s: no Service selects its pods", w.Metadata.Name)
		}
		if w.Kind == "StatefulSet" {
			i := slices.IndexFunc(svcs, func(s *object) bool { return s.Metadata.Name == w.Spec.ServiceName })
			if i < 0 || svcs[i].Spec.ClusterIP != "None" {
				t.Errorf("%s: serviceName %q is not a headless Service of its pods", w.Metadata.Name, w.Spec.ServiceName)
			}
		}
		if len(w.Spec.Template.Spec.Containers) != 1 {
			t.Fatalf("%s: want one container", w.Metadata.Name)
		}
		c := w.Spec.Template.Spec.Containers[0]
		ports := map[string]bool{}
		for _, p := range c.Ports {
			ports[p.Name] = true
		}
		for _, s := range svcs {
			for _, p := range s.Spec.Ports {
				if !ports[p.TargetPort] {
					t.Errorf("Service %s: targetPort %q is not a port of %s", s.Metadata.Name, p.TargetPort, w.Metadata.Name)
				}
			}
		}
		for name, p := range map[string]*probe{"liveness": c.LivenessProbe, "readiness": c.ReadinessProbe} {
			if p == nil || p.HTTPGet.Path != "/healthz" || !ports[p.HTTPGet.Port] {
				t.Errorf("%s: %s probe %+v, want GET /healthz on a container port", w.Metadata.Name, name, p)
			}
		}
		if c.Resources.Requests["cpu"] == "" || c.Resources.Requests["memory"] == "" {
			t.Errorf("%s: resource requests %v lack cpu or memory", w.Metadata.Name, c.Resources.Requests)
		}
		for _, ef := range c.EnvFrom {
			if configMaps[ef.ConfigMapRef.Name] == nil {
				t.Errorf("%s: envFrom names ConfigMap %q, which is not in k8s/", w.Metadata.Name, ef.ConfigMapRef.Name)
			}
		}
		claims := map[string]bool{}
		for _, v := range w.Spec.VolumeClaimTemplates {
			claims[v.Metadata.Name] = true
		}
		for _, m := range c.VolumeMounts {
			if !claims[m.Name] {
				t.Errorf("%s: volume %q is not a volume claim template", w.Metadata.Name, m.Name)
			}
		}
	}
}

var envRef = regexp.MustCompile(`\$\(([A-Z_]+)\)`)

// The containers' arguments are flags the server accepts, with the
// values of the ConfigMap and the pod's name put in, in the role of their
// workload; workers keep their cache on their volume.
func TestManifestArgs(t *testing.T) {
	objs := manifests(t)
	env := map[string]string{}
	for _, c := range byKind(objs, "ConfigMap") {
		maps.Copy(env, c.Data)
	}
	help := runHelp(t)
	for _, w := range append(byKind(objs, "StatefulSet"), byKind(objs, "Deployment")...) {
		c := w.Spec.Template.Spec.Containers[0]
		vars := maps.Clone(env)
		for _, e := range c.Env {
			vars[e.Name] = w.Metadata.Name + "-0" // the downward API's pod name
		}
		var args []string
		for _, a := range c.Args {
			args = append(args, envRef.ReplaceAllStringFunc(a, func(ref string) string {
				name := envRef.FindStringSubmatch(ref)[1]
				v, ok := vars[name]
				if !ok {
					t.Errorf("%s: argument %s uses $(%s), which neither env nor the ConfigMap defines", w.Metadata.Name, a, name)
				}
				return v
			}))
			name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
			if !slices.Contains(help, name) {
				t.Errorf("%s: argument %s is not a flag of stateflow run (it has %v)", w.Metadata.Name, a, help)
			}
		}
		fs := flag.NewFlagSet("server", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		config := server.AddFlags(fs)
		if err := fs.Parse(args); err != nil {
			t.Errorf("%s: the server refuses %q: %v", w.Metadata.Name, args, err)
			continue
		}
		cfg, err := config(io.Discard)
		if err != nil {
			t.Errorf("%s: the server refuses %q: %v", w.Metadata.Name, args, err)
			continue
		}
		want := map[string]string{"StatefulSet": "worker", "Deployment": "ingress"}[w.Kind]
		if cfg.Runtime != "kafka" || cfg.Role != want || len(cfg.Brokers) == 0 {
			t.Errorf("%s: runtime %q role %q brokers %v, want kafka, %s and brokers", w.Metadata.Name, cfg.Runtime, cfg.Role, cfg.Brokers, want)
		}
		if want == "worker" {
			if !slices.ContainsFunc(c.VolumeMounts, func(m struct {
				Name      string `yaml:"name"`
				MountPath string `yaml:"mountPath"`
			}) bool {
				return m.MountPath == cfg.DataDir
			}) {
				t.Errorf("%s: --data %q is not a mounted volume", w.Metadata.Name, cfg.DataDir)
			}
			if cfg.WorkerID != w.Metadata.Name+"-0" {
				t.Errorf("%s: --worker-id %q, want the pod's name", w.Metadata.Name, cfg.WorkerID)
			}
		}
	}
}

// The Dockerfile builds in one stage and runs the server binary in
// another, with default arguments the server accepts, on the port the
// manifests use.
func TestDockerfile(t *testing.T) {
	data, err := os.ReadFile("Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	var froms int
	var entrypoint, cmd string
	var expose []string
	for line := range strings.SplitSeq(string(data), "\n") {
		word, rest, _ := strings.Cut(strings.TrimSpace(line), " ")
		switch word {
		case "FROM":
			froms++
		case "ENTRYPOINT":
			entrypoint = rest
		case "CMD":
			cmd = rest
		case "EXPOSE":
			expose = append(expose, rest)
		}
	}
	if froms < 2 || !strings.Contains(string(data), "COPY --from=build /out/server") {
		t.Errorf("the Dockerfile is not a multi-stage build copying the server out of the build stage")
	}
	if !strings.Contains(string(data), "server.Main(program.StateflowProgram())") {
		t.Errorf("the Dockerfile does not build a main calling server.Main")
	}
	if entrypoint != `["/usr/local/bin/server"]` {
		t.Errorf("ENTRYPOINT %s", entrypoint)
	}
	var args []string
	if err := yaml.Unmarshal([]byte(cmd), &args); err != nil {
		t.Fatalf("CMD %s: %v", cmd, err)
	}
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	config := server.AddFlags(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatalf("CMD %s: %v", cmd, err)
	}
	if _, err := config(io.Discard); err != nil {
		t.Errorf("CMD %s: %v", cmd, err)
	}
	if !slices.Contains(expose, "8080") {
		t.Errorf("EXPOSE %v, want 8080 (the manifests' container port)", expose)
	}
}

// runHelp returns the flags "stateflow help run" lists.
func runHelp(t *testing.T) []string {
	t.Helper()
	cmd := exec.Command("go", "run", "./cmd/stateflow", "help", "run")
	cmd.Dir = ".."
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("stateflow help run: %v", err)
	}
	var flags []string
	for _, m := range regexp.MustCompile(`(?m)^  -([a-z-]+)`).FindAllStringSubmatch(string(out), -1) {
		flags = append(flags, m[1])
	}
	if len(flags) == 0 {
		t.Fatalf("stateflow help run lists no flags:\n%s", out)
	}
	return flags
}
