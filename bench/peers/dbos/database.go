package dbos

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// databaseSeq tells apart the databases of systems started by one process.
var databaseSeq atomic.Int64

// database is the PostgreSQL database one System runs in: a fresh one
// created for it when the server allows, so that DBOS's tables start empty
// and earlier runs do not slow this one down.
type database struct {
	url     string // the configured server
	name    string // the database created, "" when using url's own
	created bool
}

// createDatabase creates a fresh database on the server at url, or falls
// back to url's own database when the role may not create one.
func createDatabase(ctx context.Context, url string) (*database, error) {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("dbos: connect to PostgreSQL: %w", err)
	}
	defer conn.Close(context.Background())
	db := &database{url: url}
	name := fmt.Sprintf("sfbench_dbos_%d_%d_%d", os.Getpid(), time.Now().Unix(), databaseSeq.Add(1))
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err == nil {
		db.name, db.created = name, true
	}
	return db, nil
}

// pool opens a pool on the database sized to MaxConns or to what the
// server allows.
func (db *database) pool(ctx context.Context) (*pgxpool.Pool, error) {
	pcfg, err := pgxpool.ParseConfig(db.url)
	if err != nil {
		return nil, fmt.Errorf("dbos: parse PostgreSQL URL: %w", err)
	}
	if db.created {
		pcfg.ConnConfig.Database = db.name
	}
	pool, err := pgxpool.NewWithConfig(ctx, pcfg)
	if err != nil {
		return nil, fmt.Errorf("dbos: connect to PostgreSQL: %w", err)
	}
	var maxConns string
	if err := pool.QueryRow(ctx, "SHOW max_connections").Scan(&maxConns); err != nil {
		pool.Close()
		return nil, fmt.Errorf("dbos: connect to PostgreSQL: %w", err)
	}
	conns := int32(MaxConns)
	if n, err := strconv.Atoi(maxConns); err == nil && n-20 < MaxConns {
		conns = int32(max(n-20, 4))
	}
	if conns == pcfg.MaxConns {
		return pool, nil
	}
	pool.Close()
	pcfg.MaxConns = conns
	pool, err = pgxpool.NewWithConfig(ctx, pcfg)
	if err != nil {
		return nil, fmt.Errorf("dbos: connect to PostgreSQL: %w", err)
	}
	return pool, nil
}

// drop drops the database when it was created for the system.
func (db *database) drop() error {
	if !db.created {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, db.url)
	if err != nil {
		return fmt.Errorf("dbos: drop database %s: %w", db.name, err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+db.name+" WITH (FORCE)"); err != nil {
		return fmt.Errorf("dbos: drop database %s: %w", db.name, err)
	}
	return nil
}
