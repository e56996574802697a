package difftest

import (
	"bytes"
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"time"
	"unsafe"

	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/wire"
)

// valueCodec encodes and decodes plain Go values in the wire layout, driven
// by IR types, with reflect. It is the plain side's codec: references are
// encoded by the key of the value they point to and decoded to the
// registry's values through resolve.
type valueCodec struct {
	prog    *ir.Program
	resolve func(entity, key string) (reflect.Value, error)
}

// unlocked returns v (addressable) without the read-only flag that values
// reached through unexported fields carry, so that they can be set and
// passed on.
func unlocked(v reflect.Value) reflect.Value {
	if v.CanSet() || !v.CanAddr() {
		return v
	}
	return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
}

// decode reads a value of type t into v, which must be settable.
func (c *valueCodec) decode(d *wire.Decoder, t *ir.Type, v reflect.Value) error {
	v = unlocked(v)
	switch t.Kind {
	case ir.Bool:
		v.SetBool(d.Bool())
	case ir.Int, ir.Int8, ir.Int16, ir.Int32, ir.Int64:
		v.SetInt(d.IntN(t.Kind.Bits()))
	case ir.Uint, ir.Uint8, ir.Uint16, ir.Uint32, ir.Uint64:
		v.SetUint(d.UintN(t.Kind.Bits()))
	case ir.Float32:
		v.SetFloat(float64(d.Float32()))
	case ir.Float64:
		v.SetFloat(d.Float64())
	case ir.String:
		v.SetString(d.String())
	case ir.Bytes:
		b := d.Bytes()
		if b == nil {
			v.SetZero()
		} else {
			v.SetBytes(bytes.Clone(b))
		}
	case ir.Time:
		v.Set(reflect.ValueOf(d.Time()).Convert(v.Type()))
	case ir.Duration:
		v.SetInt(d.Int())
	case ir.Slice:
		n, isNil := d.Len(0)
		if d.Err() != nil || isNil {
			v.SetZero()
			return d.Err()
		}
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			if err := c.decode(d, t.Elem, s.Index(i)); err != nil {
				return err
			}
		}
		v.Set(s)
	case ir.Array:
		for i := range t.Len {
			if err := c.decode(d, t.Elem, v.Index(i)); err != nil {
				return err
			}
		}
	case ir.Map:
		n, isNil := d.Len(0)
		if d.Err() != nil || isNil {
			v.SetZero()
			return d.Err()
		}
		m := reflect.MakeMapWithSize(v.Type(), n)
		for range n {
			k := reflect.New(v.Type().Key()).Elem()
			e := reflect.New(v.Type().Elem()).Elem()
			if err := c.decode(d, t.Key, k); err != nil {
				return err
			}
			if err := c.decode(d, t.Elem, e); err != nil {
				return err
			}
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case ir.Pointer:
		if !d.Present() {
			v.SetZero()
			return d.Err()
		}
		p := reflect.New(v.Type().Elem())
		if err := c.decode(d, t.Elem, p.Elem()); err != nil {
			return err
		}
		v.Set(p)
	case ir.Struct:
		for _, f := range t.StateFields() {
			fv := v.FieldByName(f.Name)
			if !fv.IsValid() {
				return fmt.Errorf("type %s has no field %s", v.Type(), f.Name)
			}
			if err := c.decode(d, f.Type, fv); err != nil {
				return err
			}
		}
	case ir.Ref:
		key, isNil := d.Ref()
		if d.Err() != nil || isNil {
			v.SetZero()
			return d.Err()
		}
		obj, err := c.resolve(t.Entity, key)
		if err != nil {
			return err
		}
		v.Set(obj)
	default:
		return fmt.Errorf("cannot decode a value of kind %s", t.Kind)
	}
	return d.Err()
}

// encode appends the encoding of v, of type t.
func (c *valueCodec) encode(b []byte, t *ir.Type, v reflect.Value) ([]byte, error) {
	switch t.Kind {
	case ir.Bool:
		return wire.AppendBool(b, v.Bool()), nil
	case ir.Int, ir.Int8, ir.Int16, ir.Int32, ir.Int64, ir.Duration:
		return wire.AppendInt(b, v.Int()), nil
	case ir.Uint, ir.Uint8, ir.Uint16, ir.Uint32, ir.Uint64:
		return wire.AppendUint(b, v.Uint()), nil
	case ir.Float32:
		return wire.AppendFloat32(b, float32(v.Float())), nil
	case ir.Float64:
		return wire.AppendFloat64(b, v.Float()), nil
	case ir.String:
		return wire.AppendString(b, v.String()), nil
	case ir.Bytes:
		if v.IsNil() {
			return wire.AppendBytes(b, nil), nil
		}
		return wire.AppendBytes(b, v.Bytes()), nil
	case ir.Time:
		tv, err := readable(v)
		if err != nil {
			return b, err
		}
		return wire.AppendTime(b, tv.Convert(reflect.TypeFor[time.Time]()).Interface().(time.Time)), nil
	case ir.Slice:
		b = wire.AppendLen(b, v.Len(), v.IsNil())
		return c.encodeElems(b, t.Elem, v)
	case ir.Array:
		return c.encodeElems(b, t.Elem, v)
	case ir.Map:
		b = wire.AppendLen(b, v.Len(), v.IsNil())
		return c.encodeMap(b, t, v)
	case ir.Pointer:
		b = wire.AppendPresent(b, !v.IsNil())
		if v.IsNil() {
			return b, nil
		}
		return c.encode(b, t.Elem, v.Elem())
	case ir.Struct:
		for _, f := range t.StateFields() {
			fv := v.FieldByName(f.Name)
			if !fv.IsValid() {
				return b, fmt.Errorf("type %s has no field %s", v.Type(), f.Name)
			}
			var err error
			if b, err = c.encode(b, f.Type, fv); err != nil {
				return b, err
			}
		}
		return b, nil
	case ir.Ref:
		if v.IsNil() {
			return wire.AppendRef(b, "", true), nil
		}
		e := c.prog.Entity(t.Entity)
		if e == nil {
			return b, fmt.Errorf("reference to unknown entity %s", t.Entity)
		}
		return wire.AppendRef(b, v.Elem().FieldByName(e.KeyField).String(), false), nil
	}
	return b, fmt.Errorf("cannot encode a value of kind %s", t.Kind)
}

// readable returns v in a form whose Interface method works.
func readable(v reflect.Value) (reflect.Value, error) {
	if v.CanInterface() {
		return v, nil
	}
	if v.CanAddr() {
		return unlocked(v), nil
	}
	return v, fmt.Errorf("cannot read a %s held in an unexported field outside a struct", v.Type())
}

func (c *valueCodec) encodeElems(b []byte, elem *ir.Type, v reflect.Value) ([]byte, error) {
	for i := range v.Len() {
		var err error
		if b, err = c.encode(b, elem, v.Index(i)); err != nil {
			return b, err
		}
	}
	return b, nil
}

// encodeMap appends the entries of a map in the canonical order of the
// generated codecs: by key for strings and integers, else by encoded key
// and then by the whole entry.
func (c *valueCodec) encodeMap(b []byte, t *ir.Type, v reflect.Value) ([]byte, error) {
	type entry struct {
		k           reflect.Value
		key, entire []byte
	}
	var entries []entry
	for it := v.MapRange(); it.Next(); {
		kb, err := c.encode(nil, t.Key, it.Key())
		if err != nil {
			return b, err
		}
		eb, err := c.encode(bytes.Clone(kb), t.Elem, it.Value())
		if err != nil {
			return b, err
		}
		entries = append(entries, entry{it.Key(), kb, eb})
	}
	slices.SortFunc(entries, func(x, y entry) int {
		switch {
		case t.Key.Kind == ir.String:
			return cmp.Compare(x.k.String(), y.k.String())
		case t.Key.Kind.IsSigned():
			return cmp.Compare(x.k.Int(), y.k.Int())
		case t.Key.Kind.IsInteger():
			return cmp.Compare(x.k.Uint(), y.k.Uint())
		}
		return cmp.Or(bytes.Compare(x.key, y.key), bytes.Compare(x.entire, y.entire))
	})
	for _, e := range entries {
		b = append(b, e.entire...)
	}
	return b, nil
}
