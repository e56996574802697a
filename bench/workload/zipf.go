package workload

import (
	"math"
	"math/rand/v2"
)

// Zipf draws integers in [0, n) with P(i) proportional to 1/(i+1)^theta,
// for 0 < theta < 1 (math/rand's Zipf needs an exponent above 1). It is
// the generator of Gray et al., "Quickly generating billion-record
// synthetic databases" (SIGMOD 1994), as YCSB uses it; 0 is the most
// frequent value. A Zipf is read-only after NewZipf and may be shared.
type Zipf struct {
	n                  int
	theta, alpha, zeta float64
	eta, half          float64
}

// NewZipf returns a Zipf over [0, n) with exponent theta.
func NewZipf(n int, theta float64) *Zipf {
	var zetan, zeta2 float64
	for i := 1; i <= n; i++ {
		zetan += 1 / math.Pow(float64(i), theta)
		if i == 2 {
			zeta2 = zetan
		}
	}
	z := &Zipf{n: n, theta: theta, alpha: 1 / (1 - theta), zeta: zetan, half: math.Pow(0.5, theta)}
	z.eta = (1 - math.Pow(2/float64(n), 1-theta)) / (1 - zeta2/zetan)
	return z
}

// Next draws a value with r.
func (z *Zipf) Next(r *rand.Rand) int {
	u := r.Float64()
	uz := u * z.zeta
	switch {
	case uz < 1:
		return 0
	case uz < 1+z.half:
		return 1
	}
	return min(int(float64(z.n)*math.Pow(z.eta*u-z.eta+1, z.alpha)), z.n-1)
}
