//! In-memory guards of the sandbox, all bounded: the checksums already accepted (replay
//! protection), failed logins per account and per address (throttling), and the slots
//! for Argon2 (each check takes about 19 MiB and a core for a while).

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use tokio::sync::Semaphore;

use crate::auth::{Memory, Signature};
use crate::shares;
use monitis_core::domain::rules::Refusal;
use monitis_core::protocol::codes::ErrorCode;

/// Checksums accepted within the timestamp window, each kept until its timestamp
/// leaves the window (never forgotten early: that would reopen replay). Bounded in all
/// and per reseller (`Shares`): past his share a reseller's new signed requests are
/// refused until his old ones leave the window, and nobody else's are.
pub struct Replays {
    seen: Mutex<ReplaySet>,
    total: usize,
    per_reseller: usize,
}

#[derive(Default)]
struct ReplaySet {
    /// Each checksum and the reseller whose request it signed.
    checksums: HashMap<String, i64>,
    /// (when it may be forgotten, Unix seconds; checksum), oldest first.
    by_expiry: BTreeSet<(i64, String)>,
    per_reseller: HashMap<i64, usize>,
}

impl Replays {
    pub fn new(total: usize, per_reseller: usize) -> Replays {
        Replays {
            seen: Mutex::default(),
            total,
            per_reseller,
        }
    }

    /// Accepts a signed request of `reseller` (or of one of his clients) once: refused
    /// when its checksum is remembered, and remembered until its timestamp leaves the
    /// window unless it may repeat (`Signature::remember`).
    pub fn accept(&self, reseller: i64, signed: &Signature, now: i64) -> Result<(), Refusal> {
        let (checksum, forget_at) = (&*signed.checksum, signed.forget_at);
        let mut guard = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        let seen = &mut *guard;
        while let Some(first) = seen.by_expiry.first().filter(|(at, _)| *at < now).cloned() {
            seen.by_expiry.remove(&first);
            if let Some(owner) = seen.checksums.remove(&first.1)
                && let Some(count) = seen.per_reseller.get_mut(&owner)
            {
                *count -= 1;
                if *count == 0 {
                    seen.per_reseller.remove(&owner);
                }
            }
        }
        if seen.checksums.contains_key(checksum) {
            return Err(Refusal::new(
                ErrorCode::Replayed,
                "this signed request was already accepted (same checksum): sign each request anew",
            ));
        }
        if !signed.remember {
            return Ok(());
        }
        let mine = seen.per_reseller.get(&reseller).copied().unwrap_or(0);
        if mine >= self.per_reseller {
            return Err(shares::past_share(
                "signed requests remembered within the timestamp window (token mode has no such bound)",
                self.per_reseller,
            ));
        }
        if seen.checksums.len() >= self.total {
            return Err(busy("too many signed requests in the timestamp window"));
        }
        seen.checksums.insert(checksum.to_string(), reseller);
        seen.by_expiry.insert((forget_at, checksum.to_string()));
        *seen.per_reseller.entry(reseller).or_default() += 1;
        Ok(())
    }
}

fn busy(what: &str) -> Refusal {
    Refusal::new(
        ErrorCode::Busy,
        format!("the sandbox is busy ({what}): try again shortly"),
    )
}

/// Failed logins after which an account is guarded: from then on, within `LOGIN_WINDOW`,
/// only addresses with no failure (and no attempt under way) may try it.
pub const MAX_FAILED_PER_ACCOUNT: usize = 5;
/// Failed logins allowed per source address within `LOGIN_WINDOW`, whatever the accounts.
pub const MAX_FAILED_PER_ADDRESS: usize = 20;
pub const LOGIN_WINDOW: Duration = Duration::from_secs(15 * 60);
/// At most this many emails or addresses are tracked at once.
pub const MAX_TRACKED: usize = 100_000;

/// Recent failures per key, at most `limit` kept per key, and the attempts under way.
struct Failures<K> {
    limit: usize,
    recent: HashMap<K, VecDeque<Instant>>,
    /// Attempts reserved and not yet settled: they count as failures until they are.
    pending: HashMap<K, usize>,
}

impl<K: Hash + Eq + Clone> Failures<K> {
    fn new(limit: usize) -> Self {
        Failures {
            limit,
            recent: HashMap::new(),
            pending: HashMap::new(),
        }
    }

    /// Failures within the window plus attempts under way, and how long until the oldest
    /// failure leaves the window.
    fn count(&mut self, key: &K, now: Instant) -> (usize, Duration) {
        let pending = self.pending.get(key).copied().unwrap_or(0);
        let Some(times) = self.recent.get_mut(key) else {
            return (pending, LOGIN_WINDOW);
        };
        while times
            .front()
            .is_some_and(|t| now.duration_since(*t) >= LOGIN_WINDOW)
        {
            times.pop_front();
        }
        let wait = times
            .front()
            .map_or(LOGIN_WINDOW, |t| LOGIN_WINDOW - now.duration_since(*t));
        let failed = times.len();
        if failed == 0 {
            self.recent.remove(key);
        }
        (failed + pending, wait)
    }

    fn reserve(&mut self, key: &K) {
        *self.pending.entry(key.clone()).or_default() += 1;
    }

    fn settle(&mut self, key: &K) {
        if let Some(n) = self.pending.get_mut(key) {
            *n -= 1;
            if *n == 0 {
                self.pending.remove(key);
            }
        }
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

/// Throttling of password logins (the `apikey` action and the web login), per account and
/// per source address. An attempt is reserved before its password is hashed, so a burst
/// gets no more guesses than the limits allow. Guessing is bounded per address
/// (`MAX_FAILED_PER_ADDRESS`) and per account: past `MAX_FAILED_PER_ACCOUNT` failures only
/// an address with no failure may try, once, so the account's owner, from an address of
/// his own, still logs in, and each further guess costs the guesser a fresh address.
/// Unknown emails are counted like known ones, so the answers tell nothing of who exists.
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

/// A login attempt the throttle let through; it counts as a failure until it is settled
/// (`failed`, `succeeded`), and as nothing if it is dropped unsettled (the check never ran).
pub struct Attempt<'a> {
    logins: &'a Logins,
    email: String,
    from: IpAddr,
    settled: bool,
}

impl Logins {
    fn lock(&self) -> std::sync::MutexGuard<'_, (Failures<String>, Failures<IpAddr>)> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Reserves an attempt from `from` at `email` (case-folded), or refuses it.
    pub fn reserve(&self, email: &str, from: IpAddr, now: Instant) -> Result<Attempt<'_>, Refusal> {
        let email = email.to_string();
        let mut inner = self.lock();
        let (accounts, addresses) = &mut *inner;
        let (at_address, address_wait) = addresses.count(&from, now);
        let (at_account, account_wait) = accounts.count(&email, now);
        let wait = if at_address >= MAX_FAILED_PER_ADDRESS {
            Some(address_wait)
        } else if at_account >= MAX_FAILED_PER_ACCOUNT && at_address > 0 {
            Some(account_wait)
        } else {
            None
        };
        if let Some(wait) = wait {
            return Err(Refusal::new(
                ErrorCode::TooManyAttempts,
                format!(
                    "too many failed logins for this account or from this address: try again in {} s",
                    wait.as_secs().max(1)
                ),
            ));
        }
        accounts.reserve(&email);
        addresses.reserve(&from);
        drop(inner);
        Ok(Attempt {
            logins: self,
            email,
            from,
            settled: false,
        })
    }
}

impl Attempt<'_> {
    fn settle(&mut self) -> std::sync::MutexGuard<'_, (Failures<String>, Failures<IpAddr>)> {
        self.settled = true;
        let mut inner = self.logins.lock();
        inner.0.settle(&self.email);
        inner.1.settle(&self.from);
        inner
    }

    /// A wrong password (or an unknown email): counted for the account and the address.
    pub fn failed(mut self, now: Instant) -> Result<(), Refusal> {
        let (email, from) = (self.email.clone(), self.from);
        let mut inner = self.settle();
        inner.0.record(&email, now)?;
        inner.1.record(&from, now)
    }

    /// The right password: the account's failures are cleared (not the address's).
    pub fn succeeded(mut self) {
        let email = self.email.clone();
        self.settle().0.recent.remove(&email);
    }
}

impl Drop for Attempt<'_> {
    fn drop(&mut self) {
        if !self.settled {
            drop(self.settle());
        }
    }
}

/// Argon2 runs at most this many at once...
pub const HASH_SLOTS: usize = 4;
/// ...with at most this many more waiting; past that, errorCode 20.
pub const HASH_QUEUE: usize = 32;

/// Bounds concurrent Argon2 work: memory stays under `HASH_SLOTS` × 19 MiB, in blocks
/// that the slots reuse while hashes follow one another and give back when none waits.
pub struct Hashing {
    /// Running and waiting together.
    admitted: Semaphore,
    running: Semaphore,
    memory: Arc<Mutex<Vec<Memory>>>,
}

impl Default for Hashing {
    fn default() -> Self {
        Hashing {
            admitted: Semaphore::new(HASH_SLOTS + HASH_QUEUE),
            running: Semaphore::new(HASH_SLOTS),
            memory: Arc::default(),
        }
    }
}

impl Hashing {
    /// Runs `f` (a hash or a verification, in the memory it is lent) on a blocking thread
    /// once a slot is free.
    pub async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Memory) -> T + Send + 'static,
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
        let pool = Arc::clone(&self.memory);
        let lent = pool
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop()
            .unwrap_or_else(Memory::new);
        let out = super::blocking::blocking(move || {
            let mut lent = lent;
            let out = f(&mut lent);
            Ok((out, lent))
        })
        .await;
        // Kept for the next hash while others are admitted; freed (back to the system)
        // when this was the last one. A hash that panicked takes its memory with it.
        let out = out.map(|(out, lent)| {
            if self.admitted.available_permits() < HASH_SLOTS + HASH_QUEUE - 1 {
                pool.lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .push(lent);
            }
            out
        });
        if self.admitted.available_permits() == HASH_SLOTS + HASH_QUEUE - 1 {
            pool.lock().unwrap_or_else(PoisonError::into_inner).clear();
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signed(checksum: &str, forget_at: i64) -> Signature<'_> {
        Signature {
            checksum: checksum.into(),
            forget_at,
            remember: true,
        }
    }

    #[test]
    fn a_checksum_is_accepted_once_until_it_leaves_the_window() {
        let replays = Replays::new(100, 10);
        assert!(replays.accept(1, &signed("abc", 100), 50).is_ok());
        assert_eq!(
            replays.accept(1, &signed("abc", 100), 60).unwrap_err().code,
            ErrorCode::Replayed
        );
        assert!(replays.accept(1, &signed("other", 100), 60).is_ok());
        // Past its window the timestamp itself is refused; the checksum may be forgotten.
        assert!(replays.accept(1, &signed("abc", 200), 101).is_ok());
    }

    #[test]
    fn a_read_that_may_repeat_is_still_checked_against_the_checksums_remembered() {
        let replays = Replays::new(100, 10);
        replays.accept(1, &signed("with-nonce", 100), 50).unwrap();
        let repeatable = |checksum: &'static str| Signature {
            checksum: checksum.into(),
            forget_at: 100,
            remember: false,
        };
        // The same checksum without a nonce (folded into a value) is still a replay...
        assert_eq!(
            replays
                .accept(1, &repeatable("with-nonce"), 60)
                .unwrap_err()
                .code,
            ErrorCode::Replayed
        );
        // ...while a nonce-less read may come again: it is not remembered.
        replays.accept(1, &repeatable("poll"), 60).unwrap();
        replays.accept(1, &repeatable("poll"), 60).unwrap();
    }

    #[test]
    fn a_reseller_past_his_share_of_checksums_is_refused_alone() {
        let replays = Replays::new(25, 10);
        for i in 0..10 {
            replays
                .accept(1, &signed(&format!("a{i}"), 100), 50)
                .unwrap();
        }
        let refused = replays.accept(1, &signed("a10", 100), 50).unwrap_err();
        assert_eq!(refused.code, ErrorCode::Busy);
        assert!(refused.message.contains("share"), "{refused:?}");
        for i in 0..10 {
            replays
                .accept(2, &signed(&format!("b{i}"), 100), 50)
                .unwrap();
        }
        // Once his checksums leave the window, his share is free again.
        assert!(replays.accept(1, &signed("a11", 300), 101).is_ok());
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
                    .run(move |_| {
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
        let refused = hashing.run(|_| ()).await.unwrap_err();
        assert_eq!(refused.code, ErrorCode::Busy);
        *gate.0.lock().unwrap() = true;
        gate.1.notify_all();
        while let Some(job) = jobs.join_next().await {
            job.unwrap().unwrap();
        }
        assert_eq!(peak.load(Ordering::SeqCst), HASH_SLOTS);
        assert!(hashing.run(|_| ()).await.is_ok());
    }

    #[test]
    fn logins_are_throttled_per_account_and_per_address() {
        let logins = Logins::default();
        let t0 = Instant::now();
        let ip = |n: u8| -> IpAddr { [127, 0, 0, n].into() };
        let (here, there) = (ip(1), ip(2));
        for _ in 0..MAX_FAILED_PER_ACCOUNT {
            logins
                .reserve("ann@x.io", here, t0)
                .unwrap()
                .failed(t0)
                .unwrap();
        }
        // The guesser's address is refused at this account...
        let refused = logins.reserve("ann@x.io", here, t0).err().unwrap();
        assert_eq!(refused.code, ErrorCode::TooManyAttempts);
        assert!(
            refused.message.ends_with("try again in 900 s"),
            "{refused:?}"
        );
        // ...the owner, from an address with no failure, may still try (and succeed)...
        logins.reserve("ann@x.io", there, t0).unwrap().succeeded();
        // ...and other accounts from the guesser's address too, up to its own limit.
        assert!(logins.reserve("bob@x.io", here, t0).is_ok());
        for i in MAX_FAILED_PER_ACCOUNT..MAX_FAILED_PER_ADDRESS {
            let email = format!("u{i}@x.io");
            logins
                .reserve(&email, here, t0)
                .unwrap()
                .failed(t0)
                .unwrap();
        }
        assert_eq!(
            logins.reserve("carla@x.io", here, t0).err().unwrap().code,
            ErrorCode::TooManyAttempts
        );
        assert!(logins.reserve("carla@x.io", there, t0).is_ok());
        // A window later, both the account and the address may try again.
        assert!(logins.reserve("ann@x.io", here, t0 + LOGIN_WINDOW).is_ok());
    }

    #[test]
    fn an_attempt_under_way_counts_until_it_is_settled() {
        let logins = Logins::default();
        let t0 = Instant::now();
        let here: IpAddr = [127, 0, 0, 1].into();
        // A burst: each attempt is reserved before any is checked.
        let burst: Vec<_> = (0..MAX_FAILED_PER_ACCOUNT)
            .map(|_| logins.reserve("ann@x.io", here, t0).unwrap())
            .collect();
        assert_eq!(
            logins.reserve("ann@x.io", here, t0).err().unwrap().code,
            ErrorCode::TooManyAttempts
        );
        // Attempts dropped unsettled (their check never ran) count for nothing.
        drop(burst);
        assert!(logins.reserve("ann@x.io", here, t0).is_ok());
        // An address with an attempt under way is not clean for a guarded account.
        let other: IpAddr = [127, 0, 0, 9].into();
        for _ in 0..MAX_FAILED_PER_ACCOUNT {
            logins
                .reserve("bob@x.io", here, t0)
                .unwrap()
                .failed(t0)
                .unwrap();
        }
        let first = logins.reserve("bob@x.io", other, t0).unwrap();
        assert!(logins.reserve("bob@x.io", other, t0).is_err());
        first.failed(t0).unwrap();
        assert!(logins.reserve("bob@x.io", other, t0).is_err());
    }
}
