//! Cursor iteration: each page continues where the last one ended, so a walk through the whole
//! log costs the same per page at any depth and never repeats or skips an entry.

use std::collections::VecDeque;

use futures_util::stream::{self, Stream};

use crate::{Entry, Filters, Log, Page, Paging, Result};

/// The pages of one listing, fetched one at a time as they are asked for.
pub struct Pages {
    log: Log,
    filters: Filters,
    paging: Paging,
    done: bool,
}

impl Pages {
    pub(crate) fn new(log: Log, filters: Filters, paging: Paging) -> Self {
        Self {
            log,
            filters,
            paging,
            done: false,
        }
    }

    /// Starts at a `next_cursor` from an earlier page (e.g. one a user bookmarked).
    pub fn from_cursor(mut self, cursor: impl Into<String>) -> Self {
        self.paging = self.paging.cursor(cursor);
        self
    }

    /// The next page, or `None` after the last one. An error leaves the position unchanged,
    /// so calling again retries the same page.
    pub async fn next(&mut self) -> Result<Option<Page>> {
        if self.done {
            return Ok(None);
        }
        let page = self.log.list(&self.filters, &self.paging).await?;
        match &page.next_cursor {
            Some(cursor) if page.has_more => self.paging = self.paging.clone().cursor(cursor),
            _ => self.done = true,
        }
        Ok(Some(page))
    }

    /// The entries of every page, one at a time.
    pub fn into_entries(self) -> impl Stream<Item = Result<Entry>> + Unpin {
        Box::pin(stream::try_unfold(
            (self, VecDeque::new()),
            |(mut pages, mut buffered): (Pages, VecDeque<Entry>)| async move {
                loop {
                    if let Some(entry) = buffered.pop_front() {
                        return Ok(Some((entry, (pages, buffered))));
                    }
                    match pages.next().await? {
                        Some(page) => buffered.extend(page.items),
                        None => return Ok(None),
                    }
                }
            },
        ))
    }
}
