//! R4 branding and the dashboard description.

use super::access::check_reachable;
use super::plan::features;
use crate::protocol::SUSPENDED_MESSAGE;
use crate::protocol::model::{
    Branding, Buttons, Dashboard, Logo, Order, OrderStatus, Pages, Support,
};

pub const DEFAULT_LOGO_URL: &str = "https://www.monitis.com/assets/monitis-logo.svg";
pub const DEFAULT_SUPPORT_EMAIL: &str = "support@monitis.com";
pub const DEFAULT_SUPPORT_URL: &str = "https://www.monitis.com/support";

/// R1, R4, R5: what a client's dashboard shows. `orders` are the client's orders,
/// `managed_monitors` the ids of its monitors in managed orders.
pub fn dashboard(
    reseller_paid: bool,
    branding: &Branding,
    orders: &[Order],
    managed_monitors: Vec<i64>,
) -> Dashboard {
    let statuses: Vec<OrderStatus> = orders.iter().map(|o| o.status).collect();
    let reachable = check_reachable(reseller_paid, &statuses).is_ok();
    let logo = match &branding.logo_url {
        Some(url) => Logo {
            url: url.clone(),
            reseller: true,
        },
        None => Logo {
            url: DEFAULT_LOGO_URL.to_string(),
            reseller: false,
        },
    };
    let reseller_support = branding.support_email.is_some()
        || branding.support_phone.is_some()
        || branding.support_url.is_some();
    let support = if reseller_support {
        Support {
            email: branding.support_email.clone(),
            phone: branding.support_phone.clone(),
            url: branding.support_url.clone(),
            reseller: true,
        }
    } else {
        Support {
            email: Some(DEFAULT_SUPPORT_EMAIL.to_string()),
            phone: None,
            url: Some(DEFAULT_SUPPORT_URL.to_string()),
            reseller: false,
        }
    };
    let (active_features, inactive_features) = features(orders);
    Dashboard {
        reachable,
        message: (!reachable).then(|| SUSPENDED_MESSAGE.to_string()),
        logo,
        support,
        // Live chat and requests go to the platform's support, which a reseller's own
        // contact replaces; everything else is never offered to clients.
        buttons: Buttons {
            live_chat: !reseller_support,
            submit_request: !reseller_support,
            upgrade: false,
            terminate_account: false,
            api_key_reset: false,
            buy_one_time: false,
            user_voice: false,
            trial: false,
        },
        pages: Pages {
            billing: false,
            featured_services: false,
            plan_details: true,
        },
        active_features,
        inactive_features,
        managed_monitors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::protocol::model::fixtures::order;

    fn no_branding() -> Branding {
        Branding {
            logo_url: None,
            support_email: None,
            support_phone: None,
            support_url: None,
        }
    }

    #[test]
    fn r4_default_branding() {
        let orders = [order(
            1,
            1,
            OrderStatus::Active,
            &[("external", 2), ("rum", 1), ("rumPageviews", 10)],
        )];
        let d = dashboard(true, &no_branding(), &orders, vec![]);
        assert!(d.reachable);
        assert_eq!(d.message, None);
        assert_eq!(
            d.logo,
            Logo {
                url: DEFAULT_LOGO_URL.into(),
                reseller: false
            }
        );
        assert!(!d.support.reseller);
        assert_eq!(d.support.email.as_deref(), Some(DEFAULT_SUPPORT_EMAIL));
        assert!(d.buttons.live_chat && d.buttons.submit_request);
        assert!(!d.buttons.upgrade && !d.buttons.terminate_account && !d.buttons.api_key_reset);
        assert!(!d.buttons.buy_one_time && !d.buttons.user_voice && !d.buttons.trial);
        assert_eq!(
            d.pages,
            Pages {
                billing: false,
                featured_services: false,
                plan_details: true
            }
        );
        assert_eq!(d.active_features, ["external", "rum"]);
        assert_eq!(
            d.inactive_features,
            ["transaction", "fullPageLoad", "internal", "sms"]
        );
    }

    #[test]
    fn r4_reseller_branding_replaces_logo_and_support_and_disables_chat() {
        let branding = Branding {
            logo_url: Some("https://acme.example/logo.png".into()),
            support_email: None,
            support_phone: Some("+1 555 0100".into()),
            support_url: None,
        };
        let d = dashboard(false, &branding, &[], vec![7, 9]);
        assert!(!d.reachable);
        assert_eq!(d.message.as_deref(), Some(SUSPENDED_MESSAGE));
        assert_eq!(
            d.logo,
            Logo {
                url: "https://acme.example/logo.png".into(),
                reseller: true
            }
        );
        assert_eq!(
            d.support,
            Support {
                email: None,
                phone: Some("+1 555 0100".into()),
                url: None,
                reseller: true
            }
        );
        assert!(!d.buttons.live_chat && !d.buttons.submit_request);
        assert_eq!(d.managed_monitors, [7, 9]);
        assert_eq!(d.active_features, Vec::<String>::new());
    }
}
