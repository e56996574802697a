package ir

// Machine is the state machine of a split method: the method's code cut at
// its suspension points into blocks, and the resume points at which a step
// can start, each with the variables live there (the only ones its frame
// carries).
type Machine struct {
	Blocks  []*Block
	Resumes []*ResumePoint
}

// Block is a piece of the method's code that runs within one step: it ends
// at a jump to other blocks, at a suspension point or at a return.
type Block struct {
	ID int
	// Label summarises the block's code for graphs ("if it.EnoughStock()").
	Label string
	Pos   Pos
	// Succs are the blocks control may continue at within the same step.
	Succs []int
	// Suspend is the resume point this block suspends at, or 0 (PC 0 is
	// the entry, never a suspension).
	Suspend int
	// Return reports a block that can end the method.
	Return bool
}

// ResumePoint is a PC at which a step can start.
type ResumePoint struct {
	PC int
	// Block is the block execution continues at.
	Block int
	// Call is the remote interaction whose answer the step resumes with
	// (nil for PC 0).
	Call *Call
	// Live are the names of the variables the frame carries at PC, in frame
	// order.
	Live []string
}
