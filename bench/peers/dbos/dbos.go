package dbos

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/dbos-inc/dbos-transact-golang/dbos"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/stateflow-go/stateflow/bench/system"
)

// Name is the system's label.
const Name = "dbos"

// MaxConns is the most connections the pool opens; it is lowered to fit
// the server's max_connections.
const MaxConns = 128

// ErrNoPostgres is returned by Factory when no PostgreSQL server is
// configured.
var ErrNoPostgres = errors.New("dbos: no PostgreSQL server configured (Config.PostgresURL is empty)")

// System is the DBOS peer. It implements system.Counters, system.Bank and
// system.Blobs.
type System struct {
	db   *database
	pool *pgxpool.Pool
	dctx dbos.Context
	ds   *dbos.DataSource
}

var (
	_ system.Counters = (*System)(nil)
	_ system.Bank     = (*System)(nil)
	_ system.Blobs    = (*System)(nil)
)

// Factory creates a database for the run on the server at cfg.PostgresURL,
// creates the application tables in it and launches a DBOS context with the
// workflows registered.
func Factory(ctx context.Context, cfg system.Config) (system.System, error) {
	if cfg.PostgresURL == "" {
		return nil, ErrNoPostgres
	}
	s, err := New(ctx, cfg.PostgresURL)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// New starts the peer on the PostgreSQL server at url, in a database of its
// own when the role may create one.
func New(ctx context.Context, url string) (*System, error) {
	db, err := createDatabase(ctx, url)
	if err != nil {
		return nil, err
	}
	s := &System{db: db}
	if err := s.start(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// start opens the pool, creates the tables and launches DBOS.
func (s *System) start(ctx context.Context) error {
	var err error
	if s.pool, err = s.db.pool(ctx); err != nil {
		return err
	}
	if err := createTables(ctx, s.pool); err != nil {
		return err
	}
	s.dctx, err = dbos.NewContext(ctx, dbos.Config{
		AppName:      "stateflow-bench",
		SystemDBPool: s.pool,
		Logger:       slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		return fmt.Errorf("dbos: new context: %w", err)
	}
	s.ds, err = dbos.NewDataSource(s.dctx, s.pool, dbos.WithDataSourceName("bench"))
	if err != nil {
		return fmt.Errorf("dbos: data source: %w", err)
	}
	s.register()
	if err := dbos.Launch(s.dctx); err != nil {
		return fmt.Errorf("dbos: launch: %w", err)
	}
	return nil
}

func createTables(ctx context.Context, pool *pgxpool.Pool) error {
	_, err := pool.Exec(ctx, `
CREATE TABLE IF NOT EXISTS peer_counters (key text PRIMARY KEY, value bigint NOT NULL);
CREATE TABLE IF NOT EXISTS peer_accounts (key text PRIMARY KEY, balance bigint NOT NULL);
CREATE TABLE IF NOT EXISTS peer_blobs (key text PRIMARY KEY, state bytea NOT NULL);`)
	if err != nil {
		return fmt.Errorf("dbos: create tables: %w", err)
	}
	return nil
}

// Name returns "dbos".
func (s *System) Name() string { return Name }

// Close shuts DBOS down, closes the pool and drops the database created
// for the system.
func (s *System) Close() error {
	var errs []error
	if s.dctx != nil {
		if err := dbos.Shutdown(s.dctx, 10*time.Second); err != nil {
			errs = append(errs, fmt.Errorf("dbos: shutdown: %w", err))
		}
	}
	if s.pool != nil {
		s.pool.Close()
	}
	errs = append(errs, s.db.drop())
	return errors.Join(errs...)
}
