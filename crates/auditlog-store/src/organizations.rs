//! The organization cache both backends share. Organizations never change or disappear, so an
//! id found is cached for good with its ordinal (the key of every tenant row); an id not found
//! is not cached, so that unknown ids cannot fill it.

use std::collections::HashMap;
use std::future::Future;
use std::sync::RwLock;

use auditlog_core::OrgId;

use crate::{Organization, Result};

#[derive(Default)]
pub(crate) struct Organizations(RwLock<HashMap<OrgId, (i64, Organization)>>);

impl Organizations {
    /// The organization and its ordinal, from the cache or else from `load`.
    pub(crate) async fn get_or_load<F, Fut>(
        &self,
        id: &OrgId,
        load: F,
    ) -> Result<Option<(i64, Organization)>>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Option<(i64, Organization)>>>,
    {
        if let Some(hit) = self.0.read().unwrap_or_else(|p| p.into_inner()).get(id) {
            return Ok(Some(hit.clone()));
        }
        let found = load().await?;
        if let Some(hit) = &found {
            self.0
                .write()
                .unwrap_or_else(|p| p.into_inner())
                .insert(id.clone(), hit.clone());
        }
        Ok(found)
    }
}
