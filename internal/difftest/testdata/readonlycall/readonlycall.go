// Package readonlycall calls read-only operations remotely, one of them
// back into the caller while it waits: it sees the state the caller had
// when it made the call.
package readonlycall

// Doc is edited.
//
//stateflow:entity
type Doc struct {
	ID   string
	Text string
}

func (d *Doc) Key() string { return d.ID }

// Peek returns the text.
//
//stateflow:readonly
func (d *Doc) Peek() string { return d.Text }

// Pull copies the editor's draft.
func (d *Doc) Pull(e *Editor) { d.Text = e.Current() }

// Editor edits a doc.
//
//stateflow:entity
type Editor struct {
	ID    string
	Draft string
	D     *Doc
}

func (e *Editor) Key() string { return e.ID }

// Current returns the draft.
//
//stateflow:readonly
func (e *Editor) Current() string { return e.Draft }

// Sync extends the doc's text into the draft and has the doc pull it.
func (e *Editor) Sync(suffix string) string {
	e.Draft = e.D.Peek() + suffix
	e.D.Pull(e)
	return e.D.Peek()
}
