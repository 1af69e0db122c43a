//! In-memory guards of the sandbox, all bounded: the checksums already accepted (replay
//! protection), failed logins per account and per address (throttling), and the slots
//! for Argon2 (each check takes about 19 MiB and a core for a while).

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use tokio::sync::Semaphore;

use monitis_core::domain::rules::Refusal;
use monitis_core::protocol::codes::ErrorCode;

/// At most this many checksums are remembered; past it, new signed requests are refused
/// as busy until old ones leave the window (never forgotten early: that would reopen replay).
pub const MAX_REMEMBERED_CHECKSUMS: usize = 200_000;

/// Checksums accepted within the timestamp window, each kept until its timestamp
/// leaves the window.
#[derive(Default)]
pub struct Replays {
    seen: Mutex<ReplaySet>,
}

#[derive(Default)]
struct ReplaySet {
    checksums: HashSet<String>,
    /// (when it may be forgotten, Unix seconds; checksum), oldest first.
    by_expiry: BTreeSet<(i64, String)>,
}

impl Replays {
    /// Accepts `checksum` once: `forget_at` is when its timestamp leaves the window.
    pub fn accept(&self, checksum: &str, forget_at: i64, now: i64) -> Result<(), Refusal> {
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        while let Some(first) = seen.by_expiry.first().filter(|(at, _)| *at < now).cloned() {
            seen.by_expiry.remove(&first);
            seen.checksums.remove(&first.1);
        }
        if seen.checksums.contains(checksum) {
            return Err(Refusal::new(
                ErrorCode::Replayed,
                "this signed request was already accepted (same checksum): sign each request anew",
            ));
        }
        if seen.checksums.len() >= MAX_REMEMBERED_CHECKSUMS {
            return Err(busy("too many signed requests in the timestamp window"));
        }
        seen.checksums.insert(checksum.to_string());
        seen.by_expiry.insert((forget_at, checksum.to_string()));
        Ok(())
    }
}

fn busy(what: &str) -> Refusal {
    Refusal::new(
        ErrorCode::Busy,
        format!("the sandbox is busy ({what}): try again shortly"),
    )
}

/// Failed logins allowed per account (email) within `LOGIN_WINDOW`.
pub const MAX_FAILED_PER_ACCOUNT: usize = 5;
/// Failed logins allowed per source address within `LOGIN_WINDOW`.
pub const MAX_FAILED_PER_ADDRESS: usize = 20;
pub const LOGIN_WINDOW: Duration = Duration::from_secs(15 * 60);
/// At most this many emails or addresses are tracked at once.
pub const MAX_TRACKED: usize = 100_000;

/// Recent failures per key, at most `limit` kept per key.
struct Failures<K> {
    limit: usize,
    recent: HashMap<K, VecDeque<Instant>>,
}

impl<K: Hash + Eq + Clone> Failures<K> {
    fn new(limit: usize) -> Self {
        Failures {
            limit,
            recent: HashMap::new(),
        }
    }

    /// How long `key` must still wait, when it has used up its failures.
    fn wait(&mut self, key: &K, now: Instant) -> Option<Duration> {
        let times = self.recent.get_mut(key)?;
        while times
            .front()
            .is_some_and(|t| now.duration_since(*t) >= LOGIN_WINDOW)
        {
            times.pop_front();
        }
        if times.is_empty() {
            self.recent.remove(key);
            return None;
        }
        (times.len() >= self.limit).then(|| LOGIN_WINDOW - now.duration_since(times[0]))
    }

    fn record(&mut self, key: &K, now: Instant) -> Result<(), Refusal> {
        if !self.recent.contains_key(key) && self.recent.len() >= MAX_TRACKED {
            self.recent.retain(|_, times| {
                times
                    .back()
                    .is_some_and(|t| now.duration_since(*t) < LOGIN_WINDOW)
            });
            if self.recent.len() >= MAX_TRACKED {
                return Err(busy("too many failed logins to track"));
            }
        }
        let times = self.recent.entry(key.clone()).or_default();
        if times.len() == self.limit {
            times.pop_front();
        }
        times.push_back(now);
        Ok(())
    }
}

/// Throttling of failed `apikey` logins, per account and per source address. Unknown
/// emails are counted like known ones, so the answers tell nothing about who exists.
pub struct Logins {
    inner: Mutex<(Failures<String>, Failures<IpAddr>)>,
}

impl Default for Logins {
    fn default() -> Self {
        Logins {
            inner: Mutex::new((
                Failures::new(MAX_FAILED_PER_ACCOUNT),
                Failures::new(MAX_FAILED_PER_ADDRESS),
            )),
        }
    }
}

impl Logins {
    /// Refuses a login from `from` for `email` (case-folded) that has used up its attempts.
    pub fn check(&self, email: &str, from: IpAddr, now: Instant) -> Result<(), Refusal> {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        let (accounts, addresses) = &mut *inner;
        let wait = [
            accounts.wait(&email.to_string(), now),
            addresses.wait(&from, now),
        ]
        .into_iter()
        .flatten()
        .max();
        match wait {
            None => Ok(()),
            Some(wait) => Err(Refusal::new(
                ErrorCode::TooManyAttempts,
                format!(
                    "too many failed logins for this account or from this address: try again in {} s",
                    wait.as_secs().max(1)
                ),
            )),
        }
    }

    pub fn failed(&self, email: &str, from: IpAddr, now: Instant) -> Result<(), Refusal> {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        let (accounts, addresses) = &mut *inner;
        accounts.record(&email.to_string(), now)?;
        addresses.record(&from, now)
    }

    /// A successful login clears the account's failures (not the address's).
    pub fn succeeded(&self, email: &str) {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        inner.0.recent.remove(email);
    }
}

/// Argon2 runs at most this many at once...
pub const HASH_SLOTS: usize = 4;
/// ...with at most this many more waiting; past that, errorCode 20.
pub const HASH_QUEUE: usize = 32;

/// Bounds concurrent Argon2 work: memory stays under `HASH_SLOTS` × 19 MiB.
pub struct Hashing {
    /// Running and waiting together.
    admitted: Semaphore,
    running: Semaphore,
}

impl Default for Hashing {
    fn default() -> Self {
        Hashing {
            admitted: Semaphore::new(HASH_SLOTS + HASH_QUEUE),
            running: Semaphore::new(HASH_SLOTS),
        }
    }
}

impl Hashing {
    /// Runs `f` (a hash or a verification) on a blocking thread once a slot is free.
    pub async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Refusal> {
        let _admitted = self
            .admitted
            .try_acquire()
            .map_err(|_| busy("too many password checks waiting"))?;
        let _running = self
            .running
            .acquire()
            .await
            .expect("the semaphore is never closed");
        super::blocking::blocking(move || Ok(f())).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_checksum_is_accepted_once_until_it_leaves_the_window() {
        let replays = Replays::default();
        assert!(replays.accept("abc", 100, 50).is_ok());
        assert_eq!(
            replays.accept("abc", 100, 60).unwrap_err().code,
            ErrorCode::Replayed
        );
        assert!(replays.accept("other", 100, 60).is_ok());
        // Past its window the timestamp itself is refused; the checksum may be forgotten.
        assert!(replays.accept("abc", 200, 101).is_ok());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn password_checks_run_four_at_once_and_queue_at_most_32() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        use std::sync::{Arc, Condvar};
        let hashing = Arc::new(Hashing::default());
        let running = Arc::new(AtomicUsize::new(0));
        let peak = Arc::new(AtomicUsize::new(0));
        let gate = Arc::new((Mutex::new(false), Condvar::new()));
        let mut jobs = tokio::task::JoinSet::new();
        for _ in 0..HASH_SLOTS + HASH_QUEUE {
            let (hashing, running, peak, gate) = (
                Arc::clone(&hashing),
                Arc::clone(&running),
                Arc::clone(&peak),
                Arc::clone(&gate),
            );
            jobs.spawn(async move {
                hashing
                    .run(move || {
                        let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                        peak.fetch_max(now, Ordering::SeqCst);
                        let (open, opened) = &*gate;
                        let mut open = open.lock().unwrap();
                        while !*open {
                            open = opened.wait(open).unwrap();
                        }
                        running.fetch_sub(1, Ordering::SeqCst);
                    })
                    .await
            });
        }
        while running.load(Ordering::SeqCst) < HASH_SLOTS
            || hashing.admitted.available_permits() > 0
        {
            tokio::task::yield_now().await;
        }
        let refused = hashing.run(|| ()).await.unwrap_err();
        assert_eq!(refused.code, ErrorCode::Busy);
        *gate.0.lock().unwrap() = true;
        gate.1.notify_all();
        while let Some(job) = jobs.join_next().await {
            job.unwrap().unwrap();
        }
        assert_eq!(peak.load(Ordering::SeqCst), HASH_SLOTS);
        assert!(hashing.run(|| ()).await.is_ok());
    }

    #[test]
    fn logins_are_throttled_per_account_and_per_address() {
        let logins = Logins::default();
        let t0 = Instant::now();
        let (here, there): (IpAddr, IpAddr) = ([127, 0, 0, 1].into(), [127, 0, 0, 2].into());
        for _ in 0..MAX_FAILED_PER_ACCOUNT {
            logins.check("ann@x.io", here, t0).unwrap();
            logins.failed("ann@x.io", here, t0).unwrap();
        }
        let refused = logins.check("ann@x.io", there, t0).unwrap_err();
        assert_eq!(refused.code, ErrorCode::TooManyAttempts);
        assert!(
            refused.message.ends_with("try again in 900 s"),
            "{refused:?}"
        );
        assert!(logins.check("bob@x.io", here, t0).is_ok());

        for i in MAX_FAILED_PER_ACCOUNT..MAX_FAILED_PER_ADDRESS {
            logins.failed(&format!("u{i}@x.io"), here, t0).unwrap();
        }
        assert_eq!(
            logins.check("carla@x.io", here, t0).unwrap_err().code,
            ErrorCode::TooManyAttempts
        );
        assert!(logins.check("carla@x.io", there, t0).is_ok());
        // A window later, both the account and the address may try again.
        assert!(logins.check("ann@x.io", here, t0 + LOGIN_WINDOW).is_ok());
        logins.failed("ann@x.io", there, t0).unwrap();
        logins.succeeded("ann@x.io");
        assert!(logins.check("ann@x.io", there, t0).is_ok());
    }
}
