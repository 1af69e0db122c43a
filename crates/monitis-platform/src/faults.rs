//! Fault injection for testing clients: a seeded share of requests is answered with 503,
//! half before the change is applied and half after it is committed.

use std::sync::Mutex;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    None,
    /// Answer 503 without applying the request.
    BeforeChange,
    /// Apply and commit the request, then answer 503 anyway.
    AfterChange,
}

pub struct Faults {
    rate: f64,
    rng: Mutex<ChaCha8Rng>,
}

impl Faults {
    pub fn new(rate: f64, seed: u64) -> Faults {
        Faults {
            rate,
            rng: Mutex::new(ChaCha8Rng::seed_from_u64(seed)),
        }
    }

    /// The fault for the next request; the same seed gives the same sequence.
    pub fn draw(&self) -> Fault {
        if self.rate <= 0.0 {
            return Fault::None;
        }
        let x: f64 = self.rng.lock().unwrap_or_else(|e| e.into_inner()).random();
        if x < self.rate / 2.0 {
            Fault::BeforeChange
        } else if x < self.rate {
            Fault::AfterChange
        } else {
            Fault::None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sequence(rate: f64, seed: u64) -> Vec<Fault> {
        let faults = Faults::new(rate, seed);
        (0..2000).map(|_| faults.draw()).collect()
    }

    #[test]
    fn seeded_and_split_between_before_and_after() {
        assert_eq!(sequence(0.3, 7), sequence(0.3, 7));
        assert_ne!(sequence(0.3, 7), sequence(0.3, 8));
        let seq = sequence(0.3, 7);
        let before = seq.iter().filter(|f| **f == Fault::BeforeChange).count();
        let after = seq.iter().filter(|f| **f == Fault::AfterChange).count();
        // 2000 draws at 15% each: far from 0 and from 2000 whatever the seed.
        assert!((200..400).contains(&before), "{before}");
        assert!((200..400).contains(&after), "{after}");
        assert!(sequence(0.0, 7).iter().all(|f| *f == Fault::None));
        assert!(sequence(1.0, 7).iter().all(|f| *f != Fault::None));
    }
}
