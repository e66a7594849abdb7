/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-rule-presence.h: presence, shared with the coverage kind. */

#pragma once

#include "pp-check-private.h"

G_BEGIN_DECLS

typedef struct
{
  gboolean filled;
  guint    category;
  gint64   minimum;
  gint64   minimum_by_type[PP_N_UNIT_TYPES];
} PpPresenceConfig;

gboolean pp_presence_parse    (const PpParams         *params,
                               PpPresenceConfig       *config,
                               GError                **error);
gint64   pp_presence_required (const PpPresenceConfig *config,
                               PpUnit                 *unit);
gint64   pp_presence_count    (const PpPresenceConfig *config,
                               const PpFacts          *facts);
void     pp_presence_evaluate (const PpPresenceConfig *config,
                               const PpCheckRule      *rule,
                               PpUnit                 *unit,
                               const PpFacts          *facts,
                               PpResult               *result);
void     pp_presence_format   (const PpPresenceConfig *config,
                               const PpResult         *result,
                               PpResultText           *text);
gboolean pp_presence_added_posts (const PpPresenceConfig *config,
                                  const PpResult         *result,
                                  PpPost                 *post);

G_END_DECLS
