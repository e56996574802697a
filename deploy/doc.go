// Package deploy holds what it takes to run a StateFlow program on Kafka in
// production: a Dockerfile that builds a program's server image and
// Kubernetes manifests (k8s/) for its workers and ingress nodes. See
// README.md. The package's tests check that the manifests parse, agree
// with each other and pass the server only flags it accepts.
package deploy
