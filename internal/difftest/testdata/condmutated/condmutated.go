// Package condmutated changes the variables of a condition inside its body
// before a remote call: resuming after the call must not evaluate the
// condition again (an if on state, an if on a local, a switch, a loop).
package condmutated

// Flag counts pings.
//
//stateflow:entity
type Flag struct {
	ID    string
	Calls int
}

func (f *Flag) Key() string { return f.ID }

// Ping counts.
func (f *Flag) Ping() int {
	f.Calls++
	return f.Calls
}

// Job runs once when armed.
//
//stateflow:entity
type Job struct {
	ID      string
	F       *Flag
	Pending bool
	Mode    int
	Count   int
	Log     []string
}

func (j *Job) Key() string { return j.ID }

// Arm arms the job.
func (j *Job) Arm(mode int) {
	j.Pending = true
	j.Mode = mode
	j.Count = 0
}

// Once runs the armed parts.
func (j *Job) Once() int {
	r := 0
	if j.Pending {
		j.Pending = false
		r = j.F.Ping()
		j.Log = append(j.Log, "ran")
	}
	k := 0
	if k == 0 {
		k = 5
		r += j.F.Ping()
		j.Log = append(j.Log, "local")
	}
	switch j.Mode {
	case 1:
		j.Mode = 2
		r += j.F.Ping()
		j.Log = append(j.Log, "mode1")
	case 2:
		j.Log = append(j.Log, "mode2")
	}
	for j.Count < 3 {
		j.Count++
		r += j.F.Ping()
	}
	return r + k
}
