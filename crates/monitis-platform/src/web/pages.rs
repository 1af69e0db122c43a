//! The pages' templates (`templates/`, checked and compiled with the crate) and the view
//! data they show, built from the API's own objects.

use askama::Template;

use monitis_core::domain::rules::{self, Usage};
use monitis_core::protocol::model::{
    Dashboard, Monitor, MonitorType, Order, ServiceTotal, Status, Support, SuspendedReason,
};

/// The default logo, served by the sandbox itself (the platform's URL is not loaded).
pub const LOCAL_LOGO: &str = "/dashboard/static/monitis-logo.svg";

pub struct NavItem {
    pub href: &'static str,
    pub label: &'static str,
    pub current: bool,
}

/// The pages of the menu, by the path they are served at.
const NAV: [(&str, &str); 5] = [
    ("/dashboard/", "Overview"),
    ("/dashboard/monitors", "Monitors"),
    ("/dashboard/rum", "RUM pageviews"),
    ("/dashboard/account", "Account settings"),
    ("/dashboard/support", "Support"),
];

/// What every page shows around its content: the logo and support contact (R4), the
/// menu, who is signed in.
pub struct Frame {
    pub title: String,
    pub logo_url: String,
    pub logo_alt: String,
    pub who: Option<String>,
    pub nav: Vec<NavItem>,
    pub csrf: String,
    pub read_only: bool,
    pub notice: Option<String>,
    pub support: Support,
    pub live_chat: bool,
    pub submit_request: bool,
}

impl Frame {
    /// Before login: the default logo, no menu.
    pub fn anonymous(title: &str) -> Frame {
        Frame {
            title: title.to_string(),
            logo_url: LOCAL_LOGO.to_string(),
            logo_alt: "Monitis".to_string(),
            who: None,
            nav: Vec::new(),
            csrf: String::new(),
            read_only: false,
            notice: None,
            support: Support {
                email: None,
                phone: None,
                url: None,
                reseller: false,
            },
            live_chat: false,
            submit_request: false,
        }
    }

    /// A signed-in client's frame as its dashboard description says; the menu only when
    /// the dashboard is reachable (R1).
    pub fn of(dashboard: &Dashboard, who: String, csrf: String, read_only: bool) -> Frame {
        let (logo_url, logo_alt) = if dashboard.logo.reseller {
            (
                dashboard.logo.url.clone(),
                "Your provider's logo".to_string(),
            )
        } else {
            (LOCAL_LOGO.to_string(), "Monitis".to_string())
        };
        let nav = if dashboard.reachable {
            NAV.iter()
                .map(|&(href, label)| NavItem {
                    href,
                    label,
                    current: false,
                })
                .collect()
        } else {
            Vec::new()
        };
        Frame {
            title: String::new(),
            logo_url,
            logo_alt,
            who: Some(who),
            nav,
            csrf,
            read_only,
            notice: None,
            support: dashboard.support.clone(),
            live_chat: dashboard.buttons.live_chat,
            submit_request: dashboard.buttons.submit_request,
        }
    }

    /// Names the page and marks it in the menu.
    pub fn titled(mut self, title: &str, path: &str) -> Frame {
        self.title = title.to_string();
        for item in &mut self.nav {
            item.current = item.href == path;
        }
        self
    }
}

/// `1234567` as `1,234,567`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A usage bar: a `<meter>` whose attributes put its value in the region that says the
/// usage (`rules::usage`): optimum within the quantity (green), suboptimal near it
/// (amber), even less good over it (red); `style.css` gives the regions those colours.
/// Browsers place a value at or below `low` in the optimum region when `optimum` is
/// below `low`, up to `high` in the suboptimal one, and past `high` in the last.
pub struct Gauge {
    pub used: u64,
    /// The bar's end: the quantity, or what is used when that is more (a full bar).
    pub max: u64,
    pub low: String,
    pub high: u64,
    /// `within`, `near` or `over`: a class, and the words beside the bar.
    pub level: &'static str,
    pub label: &'static str,
}

impl Gauge {
    pub fn of(used: u64, quantity: u64) -> Gauge {
        let usage = rules::usage(used, quantity);
        let (level, label, low) = match usage {
            Usage::Within => ("within", "", quantity.to_string()),
            // Half a unit: any use (at least 1) is above it.
            Usage::Near if used == quantity => ("near", "at quota", "0.5".to_string()),
            Usage::Near => ("near", "near quota", "0.5".to_string()),
            Usage::Over => ("over", "over quota", "0.5".to_string()),
        };
        Gauge {
            used,
            max: used.max(quantity),
            low,
            high: quantity,
            level,
            label,
        }
    }
}

pub struct Total {
    pub name: String,
    pub gauge: Gauge,
    pub quantity_text: String,
    pub used_text: String,
}

impl From<&ServiceTotal> for Total {
    fn from(t: &ServiceTotal) -> Total {
        Total {
            name: t.name.clone(),
            gauge: Gauge::of(t.used, t.quantity),
            quantity_text: thousands(t.quantity),
            used_text: thousands(t.used),
        }
    }
}

/// An order a monitor can move to, as the select shows it.
pub struct Target {
    pub id: i64,
    pub label: String,
}

pub struct MonitorView {
    pub id: i64,
    pub name: String,
    pub url: String,
    pub kind: String,
    pub is_rum: bool,
    pub order: String,
    pub interval: u32,
    pub managed: bool,
    pub suspended: bool,
    pub state: String,
    pub state_class: &'static str,
    pub pageviews_text: String,
    pub targets: Vec<Target>,
}

impl MonitorView {
    pub fn of(m: &Monitor, orders: &[Order], targets: Vec<Target>) -> MonitorView {
        let order = orders
            .iter()
            .find(|o| o.id == m.order_id)
            .map_or_else(|| format!("order {}", m.order_id), |o| o.name.clone());
        let state = match (m.status, m.suspended_reason) {
            (Status::Active, _) => "Active".to_string(),
            (Status::Suspended, Some(SuspendedReason::Pageviews)) => {
                "Suspended: its order's RUM pageviews are used up for this cycle".to_string()
            }
            (Status::Suspended, Some(SuspendedReason::Order)) => {
                "Suspended: its order is not active".to_string()
            }
            (Status::Suspended, Some(SuspendedReason::Reseller)) => {
                "Suspended by your provider".to_string()
            }
            (Status::Suspended, None) => "Suspended".to_string(),
        };
        MonitorView {
            id: m.id,
            name: m.name.clone(),
            url: m.url.clone(),
            kind: rules::service(m.kind.code())
                .map_or_else(|_| m.kind.code().to_string(), |s| s.name),
            is_rum: m.kind == MonitorType::Rum,
            order,
            interval: m.interval,
            managed: m.managed,
            suspended: m.status == Status::Suspended,
            state_class: if m.status == Status::Active {
                "good"
            } else {
                "bad"
            },
            state,
            pageviews_text: thousands(m.pageviews),
            targets,
        }
    }
}

/// Something wrong on the overview: what it is, what the client can do, and where.
pub struct Attention {
    pub what: String,
    pub todo: String,
    pub link: Link,
}

pub struct Link {
    pub href: &'static str,
    pub label: &'static str,
}

/// Where the client asks its provider: the support contact at the foot of every page.
const CONTACT: Link = Link {
    href: "#support-heading",
    label: "Contact your provider",
};

/// Why monitors are suspended, in the words the client acts on: an order over its RUM
/// pageviews (R6; the monitors may move where `movable` finds room, R7), an order that
/// is suspended or ended (R9), the provider's own hold.
pub fn attention(
    monitors: &[Monitor],
    orders: &[Order],
    movable: impl Fn(&Monitor) -> bool,
) -> Vec<Attention> {
    let mut out = Vec::new();
    for order in orders {
        let over: Vec<&Monitor> = monitors
            .iter()
            .filter(|m| {
                m.order_id == order.id && m.suspended_reason == Some(SuspendedReason::Pageviews)
            })
            .collect();
        if over.is_empty() {
            continue;
        }
        let what = format!(
            "“{}” is over its RUM pageviews for this cycle: its {} RUM monitor(s) are suspended until the next cycle.",
            order.name,
            over.len()
        );
        out.push(if over.iter().any(|m| movable(m)) {
            Attention {
                what,
                todo: "Move them to an order with room, where they are active at once, or ask your provider for more pageviews.".into(),
                link: Link {
                    href: "/dashboard/rum",
                    label: "Move RUM monitors",
                },
            }
        } else {
            Attention {
                what,
                todo: "No other order has room for them: ask your provider for more pageviews.".into(),
                link: CONTACT,
            }
        });
    }
    let count = |reason| {
        monitors
            .iter()
            .filter(|m| m.suspended_reason == Some(reason))
            .count()
    };
    let held = count(SuspendedReason::Order);
    if held > 0 {
        out.push(Attention {
            what: format!(
                "{held} monitor(s) are suspended because their order is suspended or has ended."
            ),
            todo: "Your provider can reactivate or extend the order.".into(),
            link: CONTACT,
        });
    }
    let by_provider = count(SuspendedReason::Reseller);
    if by_provider > 0 {
        out.push(Attention {
            what: format!("{by_provider} monitor(s) were suspended by your provider."),
            todo: "Only your provider can activate them again.".into(),
            link: CONTACT,
        });
    }
    out
}

pub struct Counts {
    pub total: usize,
    pub active: usize,
    pub suspended: usize,
    pub managed: usize,
}

pub struct RumOrder {
    pub id: i64,
    pub name: String,
    pub status: String,
    pub managed: bool,
    pub cycle_start: String,
    pub gauge: Gauge,
    pub ordered_text: String,
    pub used_text: String,
    pub monitors: Vec<MonitorView>,
}

pub struct Item {
    pub name: String,
    pub quantity_text: String,
}

pub struct OrderDetails {
    pub id: i64,
    pub name: String,
    pub selected: bool,
    pub cycle: String,
    pub managed: bool,
    pub start: String,
    pub end: Option<String>,
    pub items: Vec<Item>,
}

#[derive(Template)]
#[template(path = "login.html")]
pub struct Login {
    pub frame: Frame,
    pub csrf: String,
    pub email: String,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "suspended.html")]
pub struct Suspended {
    pub frame: Frame,
    pub message: String,
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct Refused {
    pub frame: Frame,
    pub heading: String,
    pub message: String,
    /// A command that helps, shown as code after the message.
    pub command: Option<String>,
    pub back: String,
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct Home {
    pub frame: Frame,
    /// What is wrong, and what the client can do about it: first on the overview.
    pub attention: Vec<Attention>,
    pub first_name: String,
    pub totals: Vec<Total>,
    pub counts: Counts,
}

#[derive(Template)]
#[template(path = "monitors.html")]
pub struct Monitors {
    pub frame: Frame,
    pub monitors: Vec<MonitorView>,
}

#[derive(Template)]
#[template(path = "monitor.html")]
pub struct MonitorPage {
    pub frame: Frame,
    pub m: MonitorView,
    /// Managed by Provider (R3) or a read-only preview: nothing to submit.
    pub locked: bool,
}

#[derive(Template)]
#[template(path = "rum.html")]
pub struct Rum {
    pub frame: Frame,
    pub orders: Vec<RumOrder>,
}

#[derive(Template)]
#[template(path = "account.html")]
pub struct Account {
    pub frame: Frame,
    pub full_name: String,
    pub email: String,
    pub totals: Vec<Total>,
    pub inactive: Vec<String>,
    pub orders: Vec<OrderDetails>,
    pub across: Vec<Total>,
}

#[derive(Template)]
#[template(path = "support.html")]
pub struct SupportPage {
    pub frame: Frame,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(123_000), "123,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn a_monitor_suspended_by_the_reseller_says_so() {
        use monitis_core::protocol::model::fixtures::monitor;
        let state = |status, reason| {
            let m = Monitor {
                status,
                suspended_reason: reason,
                ..monitor(4, 1, 7, MonitorType::External, 0)
            };
            let view = MonitorView::of(&m, &[], Vec::new());
            (view.state, view.state_class, view.suspended)
        };
        assert_eq!(
            state(Status::Suspended, Some(SuspendedReason::Reseller)),
            ("Suspended by your provider".to_string(), "bad", true)
        );
        assert_eq!(
            state(Status::Active, None),
            ("Active".to_string(), "good", false)
        );
    }

    #[test]
    fn a_gauge_puts_its_value_in_the_region_of_its_usage() {
        let g = |used, quantity| {
            let g = Gauge::of(used, quantity);
            (g.max, g.low, g.high, g.level, g.label)
        };
        // Within: at or below `low` (optimum 0 is below it): green.
        assert_eq!(g(80, 100), (100, "100".into(), 100, "within", ""));
        // Near and at: above a half unit, not above `high`: amber.
        assert_eq!(g(90, 100), (100, "0.5".into(), 100, "near", "near quota"));
        assert_eq!(g(100, 100), (100, "0.5".into(), 100, "near", "at quota"));
        // Over: the bar ends at what is used, which is past `high`: red.
        assert_eq!(g(123, 100), (123, "0.5".into(), 100, "over", "over quota"));
        assert_eq!(g(0, 0), (0, "0".into(), 0, "within", ""));
    }

    #[test]
    fn attention_names_what_is_wrong_and_what_the_client_can_do() {
        use monitis_core::protocol::model::OrderStatus;
        use monitis_core::protocol::model::fixtures::{monitor, order};
        let suspended = |id, order_id, reason| Monitor {
            status: Status::Suspended,
            suspended_reason: Some(reason),
            ..monitor(id, 1, order_id, MonitorType::Rum, 10)
        };
        let orders = [
            order(1, 1, OrderStatus::Active, &[("rum", 3)]),
            order(2, 1, OrderStatus::Suspended, &[("rum", 3)]),
        ];
        let monitors = [
            suspended(5, 1, SuspendedReason::Pageviews),
            suspended(6, 1, SuspendedReason::Pageviews),
            suspended(7, 2, SuspendedReason::Order),
            suspended(8, 1, SuspendedReason::Reseller),
            monitor(9, 1, 1, MonitorType::Rum, 10),
        ];
        let said = |movable: bool| -> Vec<(String, &'static str)> {
            attention(&monitors, &orders, |_| movable)
                .into_iter()
                .map(|a| (format!("{} {}", a.what, a.todo), a.link.href))
                .collect()
        };
        let name = &orders[0].name;
        assert_eq!(
            said(true),
            [
                (
                    format!("“{name}” is over its RUM pageviews for this cycle: its 2 RUM monitor(s) are suspended until the next cycle. Move them to an order with room, where they are active at once, or ask your provider for more pageviews."),
                    "/dashboard/rum"
                ),
                (
                    "1 monitor(s) are suspended because their order is suspended or has ended. Your provider can reactivate or extend the order.".to_string(),
                    "#support-heading"
                ),
                (
                    "1 monitor(s) were suspended by your provider. Only your provider can activate them again.".to_string(),
                    "#support-heading"
                ),
            ]
        );
        let stuck = said(false);
        assert!(
            stuck[0].0.ends_with(
                "No other order has room for them: ask your provider for more pageviews."
            ),
            "{stuck:?}"
        );
        assert_eq!(stuck[0].1, "#support-heading");
        assert!(attention(&monitors[4..], &orders, |_| true).is_empty());
    }
}
