package embedded

// WithAfterCommit calls fn after each commit of the store, on the
// committer's goroutine, before the commit's replies are released.
func WithAfterCommit(fn func()) Option { return func(c *config) { c.afterCommit = fn } }

// WithGroupLimit bounds the rounds that one commit takes.
func WithGroupLimit(n int) Option { return func(c *config) { c.groupLimit = max(n, 1) } }

// WithRoundLimit bounds the events of one round.
func WithRoundLimit(n int) Option { return func(c *config) { c.roundLimit = max(n, 1) } }
