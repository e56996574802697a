// Package dbos is the DBOS Transact Go peer
// (github.com/dbos-inc/dbos-transact-golang v1.8.0) on PostgreSQL.
//
// Each update is a durable workflow with one transactional step
// (dbos.RunAsTransaction): the step's SQL and DBOS's record of its
// completion commit in one PostgreSQL transaction, because the data source
// and the DBOS system database share one pgx pool. Each System runs in a
// database of its own, sfbench_dbos_<pid>_<time>_<n>, created on start and
// dropped by Close, so DBOS's tables start empty in every run (when the role
// may not create databases, the URL's own database is used). The
// application tables live there next to DBOS's schema:
//
//	peer_counters(key text primary key, value bigint)
//	peer_accounts(key text primary key, balance bigint)
//	peer_blobs(key text primary key, state bytea)
//
// Add runs UPDATE ... RETURNING in its step. A transfer is one workflow
// whose step locks both account rows with SELECT ... ORDER BY key FOR
// UPDATE (rows are locked in key order, so opposite transfers cannot
// deadlock), checks the balance and updates both rows in the same
// transaction. Touch reads the blob row FOR UPDATE, changes it and writes it
// back. Reads (Value, Balance) are plain queries outside any workflow.
package dbos
