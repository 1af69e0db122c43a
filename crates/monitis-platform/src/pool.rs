//! The sandbox's SQLite connections: one writer (SQLite allows one anyway, and nothing
//! then sees "database is locked") and a small pool of readers, which WAL lets run beside
//! the writer, so that one tenant's long change never holds another's read. Every request
//! has a time budget, enforced by SQLite's progress handler.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use rusqlite::{Connection, TransactionBehavior};
use tokio::sync::Semaphore;

use super::auth::internal;
use super::store::{self, StoreError};
use monitis_core::domain::rules::Refusal;
use monitis_core::protocol::codes::ErrorCode;

/// SQLite virtual-machine steps between two looks at the clock.
const STEPS_PER_CHECK: i32 = 1000;

/// A connection whose statements are interrupted past the deadline of the request.
struct Budgeted {
    conn: Connection,
    /// Microseconds after `Databases::epoch`; 0 means no request is running.
    deadline: Arc<AtomicU64>,
}

impl Budgeted {
    fn new(conn: Connection, epoch: Instant) -> Budgeted {
        let deadline = Arc::new(AtomicU64::new(0));
        let watched = Arc::clone(&deadline);
        conn.progress_handler(
            STEPS_PER_CHECK,
            Some(move || {
                let at = watched.load(Ordering::Relaxed);
                at != 0 && micros_since(epoch) > at
            }),
        );
        Budgeted { conn, deadline }
    }
}

fn micros_since(epoch: Instant) -> u64 {
    u64::try_from(epoch.elapsed().as_micros()).unwrap_or(u64::MAX)
}

pub struct Databases {
    writer: Mutex<Budgeted>,
    /// Callers waiting for the writer wait here, on the async side: no thread is parked
    /// per waiting caller.
    writer_turn: Semaphore,
    readers: Mutex<Vec<Budgeted>>,
    /// One permit per reader, so that a read waits (asynchronously) for a free one.
    free_readers: Semaphore,
    epoch: Instant,
    budget: Duration,
}

impl Databases {
    /// Opens the writer and `readers` read-only connections on the database at `path`.
    pub fn open(path: &Path, readers: usize, budget: Duration) -> Result<Databases, StoreError> {
        let epoch = Instant::now();
        let writer = Budgeted::new(store::open(path)?, epoch);
        let readers = (0..readers)
            .map(|_| {
                let conn = store::open(path)?;
                conn.pragma_update(None, "query_only", true)
                    .map_err(StoreError::failed("open a reader on", path))?;
                Ok(Budgeted::new(conn, epoch))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Databases {
            writer: Mutex::new(writer),
            writer_turn: Semaphore::new(1),
            free_readers: Semaphore::new(readers.len()),
            readers: Mutex::new(readers),
            epoch,
            budget,
        })
    }

    /// Runs `f` on `budgeted` in one transaction within the time budget; an error
    /// (a refusal, or the budget running out) rolls everything back.
    fn transact<T>(
        &self,
        budgeted: &mut Budgeted,
        behavior: TransactionBehavior,
        f: impl FnOnce(&Connection) -> Result<T, Refusal>,
    ) -> Result<T, Refusal> {
        let deadline = micros_since(self.epoch)
            .saturating_add(u64::try_from(self.budget.as_micros()).unwrap_or(u64::MAX))
            .max(1);
        budgeted.deadline.store(deadline, Ordering::Relaxed);
        let result = (|| {
            let tx = budgeted
                .conn
                .transaction_with_behavior(behavior)
                .map_err(internal)?;
            let out = f(&tx)?;
            tx.commit().map_err(internal)?;
            Ok(out)
        })();
        budgeted.deadline.store(0, Ordering::Relaxed);
        result
    }

    /// The time budget of one request.
    pub fn budget(&self) -> Duration {
        self.budget
    }

    /// A change: on the writer, in an immediate transaction, off the async threads once
    /// the writer is free (callers wait their turn asynchronously).
    pub async fn write<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&Connection) -> Result<T, Refusal> + Send + 'static,
    ) -> Result<T, Refusal> {
        let _turn = self
            .writer_turn
            .acquire()
            .await
            .expect("the semaphore is never closed");
        let dbs = Arc::clone(self);
        super::blocking::blocking(move || {
            let mut writer = dbs.writer.lock().unwrap_or_else(PoisonError::into_inner);
            dbs.transact(&mut writer, TransactionBehavior::Immediate, f)
        })
        .await
    }

    /// A read: on a free reader, in one snapshot, off the async threads.
    pub async fn read<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&Connection) -> Result<T, Refusal> + Send + 'static,
    ) -> Result<T, Refusal> {
        let _permit = self
            .free_readers
            .acquire()
            .await
            .expect("the semaphore is never closed");
        let dbs = Arc::clone(self);
        super::blocking::blocking(move || {
            let mut lent = Lent::take(&dbs)?;
            let reader = lent.reader.as_mut().expect("lent until dropped");
            dbs.transact(reader, TransactionBehavior::Deferred, f)
        })
        .await
    }
}

/// A reader taken from the pool, given back when dropped, whatever ended its request: an
/// answer, a refusal, or a panic (its transaction is rolled back as the stack unwinds).
struct Lent<'a> {
    dbs: &'a Databases,
    reader: Option<Budgeted>,
}

impl<'a> Lent<'a> {
    fn take(dbs: &'a Databases) -> Result<Lent<'a>, Refusal> {
        let reader = dbs
            .readers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop()
            .ok_or_else(|| Refusal::new(ErrorCode::Internal, "no free database reader"))?;
        Ok(Lent {
            dbs,
            reader: Some(reader),
        })
    }
}

impl Drop for Lent<'_> {
    fn drop(&mut self) {
        if let Some(reader) = self.reader.take() {
            reader.deadline.store(0, Ordering::Relaxed);
            self.dbs
                .readers
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(reader);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_reader_lost_to_a_panic_comes_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        crate::init_db(&path, false).unwrap();
        let dbs = Arc::new(Databases::open(&path, 2, Duration::from_secs(5)).unwrap());
        // More panics than readers: each must give its reader back.
        for _ in 0..5 {
            let failed = dbs
                .read(|_| -> Result<(), Refusal> { panic!("a bug") })
                .await;
            assert_eq!(failed.unwrap_err().code, ErrorCode::Internal);
        }
        let one = dbs
            .read(|conn| {
                conn.query_row("SELECT 1", [], |r| r.get::<_, i64>(0))
                    .map_err(internal)
            })
            .await;
        assert_eq!(one.map_err(|r| r.code), Ok(1));
        assert_eq!(dbs.readers.lock().unwrap().len(), 2);
    }

    #[tokio::test]
    async fn the_writer_queue_parks_no_thread() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        crate::init_db(&path, false).unwrap();
        let dbs = Arc::new(Databases::open(&path, 1, Duration::from_secs(5)).unwrap());
        // While one change holds the writer's turn, the others wait for theirs on the async
        // side: none has gone to a blocking thread (where it would run at once, the lock
        // being free).
        let ran = Arc::new(AtomicU64::new(0));
        let held = dbs.writer_turn.acquire().await.unwrap();
        let mut waiting = tokio::task::JoinSet::new();
        for _ in 0..50 {
            let (dbs, ran) = (Arc::clone(&dbs), Arc::clone(&ran));
            waiting.spawn(async move {
                dbs.write(move |_| {
                    ran.fetch_add(1, Ordering::SeqCst);
                    Ok(())
                })
                .await
            });
        }
        for _ in 0..100 {
            tokio::task::yield_now().await;
        }
        assert_eq!(ran.load(Ordering::SeqCst), 0);
        drop(held);
        while let Some(done) = waiting.join_next().await {
            done.unwrap().unwrap();
        }
        assert_eq!(ran.load(Ordering::SeqCst), 50);
    }
}
