package pebblestore

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/record"
	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/cockroachdb/pebble/v2/wal"
)

// finding is a damaged file and what is wrong with it.
type finding struct {
	path, problem string
}

// diagnose looks for the files that made the database in dir fail to open,
// when Pebble's error does not name them: an OPTIONS file that does not
// parse, or a write-ahead log that does not read to its end.
func diagnose(fs vfs.FS, dir string) []finding {
	var found []finding
	names, _ := fs.List(dir)
	for _, name := range names {
		if !strings.HasPrefix(name, "OPTIONS-") {
			continue
		}
		path := fs.PathJoin(dir, name)
		data, err := readFile(fs, path)
		if err == nil {
			err = new(pebble.Options).Parse(string(data), nil)
		}
		if err != nil {
			found = append(found, finding{path, fmt.Sprintf("options file does not parse: %v", err)})
		}
	}
	logs, err := wal.Scan(wal.Dir{FS: fs, Dirname: dir})
	if err == nil {
		for i, ll := range logs {
			if f, ok := checkLog(ll, i == len(logs)-1); ok {
				found = append(found, f)
			}
		}
	}
	return found
}

// checkLog reads a write-ahead log to its end and describes the first
// problem. A torn last record is normal at the end of the newest log (a
// crash during a write).
func checkLog(ll wal.LogicalLog, newest bool) (finding, bool) {
	r := ll.OpenForRead()
	defer r.Close()
	var last wal.Offset
	for {
		rec, off, err := r.NextRecord()
		if err == nil {
			_, err = io.Copy(io.Discard, rec)
		}
		if err == nil {
			last = off
			continue
		}
		if errors.Is(err, io.EOF) || (newest && errors.Is(err, record.ErrUnexpectedEOF)) {
			return finding{}, false
		}
		file := off.PhysicalFile
		if file == "" {
			file = last.PhysicalFile
		}
		if file == "" {
			_, file = ll.SegmentLocation(0)
		}
		return finding{file, fmt.Sprintf("write-ahead log damaged after the record at byte %d: %v", last.Physical, err)}, true
	}
}

// readFile returns the contents of a file of fs.
func readFile(fs vfs.FS, path string) ([]byte, error) {
	f, err := fs.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}
