//! `sandbox init --demo`: a small, deterministic demo for one reseller.
//!
//! Ann's "Web Starter" order is over its RUM pageview quota (its RUM monitors are
//! suspended) while her "Growth" order has free RUM slots and pageviews, so a rebalance
//! can fix it. Bob has a managed order, Carla a yearly order with an end date, and Dan
//! no order at all (R1: suspended).

use chrono::{Days, NaiveDate};
use rusqlite::Connection;

use super::seed::{DEMO_PASSWORD, SeedMonitor, SeedOrder, seed_order};
use super::{auth, store};
use monitis_core::protocol::model::{BillingCycle, Item, MonitorType};

fn items(list: &[(&str, u64)]) -> Vec<Item> {
    list.iter()
        .map(|(code, quantity)| Item {
            code: code.to_string(),
            quantity: *quantity,
        })
        .collect()
}

fn monitor(kind: MonitorType, name: &str, url: &str, pageviews: u64) -> SeedMonitor {
    SeedMonitor {
        kind,
        check_type: (kind == MonitorType::External).then_some(if url.contains("://") {
            "https"
        } else {
            "ping"
        }),
        name: name.to_string(),
        url: url.to_string(),
        pageviews,
    }
}

fn order(name: &str, managed: bool, list: &[(&str, u64)], monitors: Vec<SeedMonitor>) -> SeedOrder {
    SeedOrder {
        name: name.to_string(),
        managed,
        billing_cycle: BillingCycle::Monthly,
        items: items(list),
        end_date: None,
        grace: 0,
        monitors,
    }
}

pub fn seed(conn: &Connection, reseller_id: i64) -> rusqlite::Result<()> {
    use MonitorType::*;
    let today = chrono::Utc::now().date_naive();
    let password_hash = auth::hash_password(DEMO_PASSWORD, &mut auth::Memory::new());
    let mut rng = rand::rng();
    // Emails are unique across the database: the first demo gets the short addresses the
    // docs use (ann@example.com), later ones a domain of their reseller's.
    let domain = if store::email_taken(conn, "ann@example.com", None)? {
        format!("demo{reseller_id}.example.com")
    } else {
        "example.com".to_string()
    };
    let mut client = |first: &str, last: &str| -> rusqlite::Result<i64> {
        let email = format!("{}@{domain}", first.to_lowercase());
        let new = store::ClientInsert {
            reseller_id,
            email: &email,
            first_name: first,
            last_name: last,
            password_hash: &password_hash,
        };
        Ok(store::insert_client(conn, &new, &mut rng)?.0)
    };

    let ann = client("Ann", "Lee")?;
    seed_order(
        conn,
        ann,
        today,
        &order(
            "Web Starter",
            false,
            &[
                ("external", 5),
                ("rum", 3),
                ("rumPageviews", 100_000),
                ("sms", 50),
            ],
            vec![
                monitor(External, "Shop homepage", "https://shop.annlee.example", 0),
                monitor(
                    External,
                    "Shop checkout",
                    "https://shop.annlee.example/checkout",
                    0,
                ),
                // 52,000 + 41,000 + 30,000 = 123,000 > 100,000 ordered: suspended (R6).
                monitor(Rum, "Shop visitors", "shop.annlee.example", 52_000),
                monitor(Rum, "Blog visitors", "blog.annlee.example", 41_000),
                monitor(Rum, "Docs visitors", "docs.annlee.example", 30_000),
            ],
        ),
    )?;
    seed_order(
        conn,
        ann,
        today,
        &order(
            "Growth",
            false,
            &[
                ("external", 10),
                ("rum", 5),
                ("rumPageviews", 500_000),
                ("fullPageLoad", 2),
                ("transaction", 1),
            ],
            vec![
                monitor(
                    External,
                    "API health",
                    "https://api.annlee.example/health",
                    0,
                ),
                monitor(External, "Mail server", "mail.annlee.example", 0),
                monitor(Rum, "Landing visitors", "www.annlee.example", 80_000),
                monitor(
                    FullPageLoad,
                    "Landing page load",
                    "https://www.annlee.example",
                    0,
                ),
                monitor(
                    Transaction,
                    "Login flow",
                    "https://www.annlee.example/login",
                    0,
                ),
            ],
        ),
    )?;

    let bob = client("Bob", "Martin")?;
    seed_order(
        conn,
        bob,
        today,
        &order(
            "Managed Enterprise",
            true,
            &[
                ("external", 20),
                ("internal", 5),
                ("transaction", 3),
                ("rum", 2),
                ("rumPageviews", 1_000_000),
            ],
            vec![
                monitor(
                    External,
                    "Corporate site",
                    "https://www.martin-logistics.example",
                    0,
                ),
                monitor(
                    External,
                    "Tracking portal",
                    "https://track.martin-logistics.example",
                    0,
                ),
                monitor(External, "VPN gateway", "vpn.martin-logistics.example", 0),
                monitor(
                    Internal,
                    "Database server",
                    "db1.martin-logistics.example",
                    0,
                ),
                monitor(Internal, "Build server", "ci.martin-logistics.example", 0),
                monitor(
                    Transaction,
                    "Order placement",
                    "https://track.martin-logistics.example/order",
                    0,
                ),
                monitor(
                    Rum,
                    "Portal visitors",
                    "track.martin-logistics.example",
                    350_000,
                ),
            ],
        ),
    )?;
    seed_order(
        conn,
        bob,
        today,
        &order(
            "Team Extras",
            false,
            &[("external", 2), ("sms", 100)],
            vec![monitor(
                External,
                "Team wiki",
                "https://wiki.martin-logistics.example",
                0,
            )],
        ),
    )?;
    store::insert_purchase(conn, bob, "loadTester", 5)?;
    store::insert_purchase(conn, bob, "vulnerabilityScan", 2)?;

    let carla = client("Carla", "Gomez")?;
    let annual = SeedOrder {
        billing_cycle: BillingCycle::Yearly,
        end_date: Some(
            today
                .checked_add_days(Days::new(90))
                .unwrap_or(NaiveDate::MAX),
        ),
        grace: 15,
        ..order(
            "Annual Basic",
            false,
            &[("external", 3), ("fullPageLoad", 1)],
            vec![
                monitor(External, "Studio site", "https://gomez-studio.example", 0),
                monitor(External, "Studio ping", "gomez-studio.example", 0),
                monitor(
                    FullPageLoad,
                    "Portfolio load",
                    "https://gomez-studio.example/portfolio",
                    0,
                ),
            ],
        )
    };
    seed_order(conn, carla, today, &annual)?;
    store::insert_purchase(conn, carla, "traceroute", 10)?;
    store::insert_purchase(conn, carla, "additionalSms", 200)?;

    // Dan has just been added and has no order yet: suspended until he gets one (R1).
    client("Dan", "Novak")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::{init_db, store};

    #[test]
    fn demos_of_two_resellers_share_a_database() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("demo.db");
        assert_eq!(init_db(&db, true).unwrap().reseller_id, 1);
        assert_eq!(init_db(&db, true).unwrap().reseller_id, 2);
        let conn = store::open(&db).unwrap();
        let emails: Vec<String> = conn
            .prepare("SELECT email FROM clients WHERE first_name = 'Ann' ORDER BY id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(emails, ["ann@example.com", "ann@demo2.example.com"]);
        // Ann's first order is over its RUM quota: its three RUM monitors are suspended.
        let suspended: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM monitors WHERE order_id = 1 AND type = 'rum'
                 AND status = 'suspended' AND suspended_reason = 'pageviews'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(suspended, 3);
    }
}
