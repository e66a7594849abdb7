/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-check-private.h: what the checker shares with the rule kinds. */

#pragma once

#include "pp-check.h"
#include "pp-fraction.h"

G_BEGIN_DECLS

/* Professional levels run 1–13; slot 0 collects posts without a level. */
#define PP_N_LEVEL_SLOTS 14

/* What one pass over a unit's post lines and staff finds. Special posts
 * (特设岗位) are left out of every total and share (桂民规〔2019〕8号
 * 四(三)); they are counted apart. */
typedef struct
{
  gint64 posts;
  gint64 by_category[PP_N_CATEGORIES];
  gint64 professional_by_level[PP_N_LEVEL_SLOTS];
  gint64 social_work;
  gint64 social_work_professional;
  gint64 social_work_filled;
  gint64 social_work_not_professional;
  guint  sw_lines_not_professional;  /* special lines and empty lines too */
  gint64 new_posts;
  gint64 new_reserved;
  gint64 special_posts;

  guint  lines;                  /* every line, special ones too */
  guint  social_work_lines;
  guint  special_lines;
  guint  sw_lines_by_level[PP_N_LEVEL_SLOTS];
  guint  bad_level_lines;        /* level outside the category's range */
  guint  overfilled_lines;
  gint64 overfilled_excess;
  guint  overstaffed_lines;

  guint  social_work_staff;      /* staff records on social-work posts */
  guint  directed_staff;
  guint  staff_by_certificate[PP_N_CERTS];
} PpFacts;

typedef struct
{
  GHashTable   *values;  /* name → value, the pack's then the plan's overrides */
  const PpRule *rule;
} PpParams;

typedef struct
{
  PpCheck *check;
  GDate    date;
  int      year;
} PpCheckContext;

struct _PpCheckRule
{
  const PpRule     *rule;
  gpointer          config;
  guint             index;
  PpStatus          shortfall;   /* what a shortfall is on the plan date */
  gboolean          expired;
  int               rollup;      /* slot in the roll-up sums, or -1 */
  gboolean          plan_level;
  guint32           unit_types;  /* types any unit scope admits: a quick no */
};

/* What a kind says about one of its results. The checker assembles the
 * message from the rule's template and these parts. */
typedef struct
{
  char    *actual;           /* short, for the XML report: "13/20" */
  char    *required;         /* ">= 70%" */
  char    *actual_words;     /* "13 of 20 (65.0%)" */
  char    *required_words;   /* "at least 70%" */
  char    *reason;           /* why the result is na */
  GString *remedy;           /* sentences saying what to do */
  GString *details;          /* lines naming the lines or staff at fault */
} PpResultText;

struct _PpRuleKind
{
  const char         *name;
  const char * const *params;     /* every parameter the kind accepts */

  gpointer  (*parse)          (const PpParams        *params,
                               GError               **error);
  void      (*free_config)    (gpointer               config);

  /* Evaluates a unit that is in the rule's scope. */
  void      (*check_unit)     (const PpCheckRule     *rule,
                               const PpCheckContext  *ctx,
                               PpUnit                *unit,
                               const PpFacts         *facts,
                               PpResult              *result);

  /* Roll-ups: what a unit adds to the sums over a region or the plan. */
  void      (*contribute)     (const PpCheckRule     *rule,
                               const PpCheckContext  *ctx,
                               PpUnit                *unit,
                               const PpFacts         *facts,
                               gboolean               in_scope,
                               gint64                *a,
                               gint64                *n);
  /* The plan-level result from the sums over the whole plan. */
  void      (*check_plan)     (const PpCheckRule     *rule,
                               const PpCheckContext  *ctx,
                               gint64                 a,
                               gint64                 n,
                               PpResult              *result);

  /* Words and figures for a result; see PpResultText. */
  void      (*format)         (const PpResult        *result,
                               PpResultText          *text);
  /* The line the "add" remedy adds; NULL when adding posts cannot help. */
  gboolean  (*added_posts)    (const PpResult        *result,
                               PpPost                *post);
  /* Whether moving a post of this line into the line added_posts gives
   * mends the result (the "convert" remedy); with post NULL, whether the
   * result can be mended that way at all. NULL: no line does. */
  gboolean  (*convertible)    (const PpResult        *result,
                               const PpPost          *post);
  /* For results measuring a share a/n: the bound and threshold it is held
   * to. NULL, or FALSE, for results that measure no share. */
  gboolean  (*share)          (const PpResult        *result,
                               PpBound               *bound,
                               PpFraction            *threshold);
  /* For results about staff certificates: the certificate a holder of
   * post needs; FALSE when the rule asks none of that post. */
  gboolean  (*required_certificate) (const PpResult    *result,
                                     const PpPost      *post,
                                     PpCertificate     *certificate);
};

const PpRuleKind *pp_rule_kind_lookup     (const char            *name);

extern const PpRuleKind pp_rule_kind_share;
extern const PpRuleKind pp_rule_kind_presence;
extern const PpRuleKind pp_rule_kind_quota;
extern const PpRuleKind pp_rule_kind_qualification;
extern const PpRuleKind pp_rule_kind_training;
extern const PpRuleKind pp_rule_kind_budget;
extern const PpRuleKind pp_rule_kind_coverage;
extern const PpRuleKind pp_rule_kind_lines;
extern const PpRuleKind pp_rule_kind_special_posts;

/* Parameters, with errors that name the parameter and say what to write. */
const char *pp_params_get          (const PpParams  *params,
                                    const char      *name);
gboolean    pp_params_get_fraction (const PpParams  *params,
                                    const char      *name,
                                    PpFraction      *out,
                                    GError         **error);
/* is_set FALSE (and TRUE returned) when the value is empty: left unset. */
gboolean    pp_params_get_count    (const PpParams  *params,
                                    const char      *name,
                                    gint64           fallback,
                                    gint64          *out,
                                    gboolean        *is_set,
                                    GError         **error);
gboolean    pp_params_get_choice   (const PpParams  *params,
                                    const char      *name,
                                    const char * const *choices,
                                    guint            fallback,
                                    guint           *out,
                                    GError         **error);
gboolean    pp_params_get_bound    (const PpParams  *params,
                                    const char      *name,
                                    PpBound          fallback,
                                    PpBound         *out,
                                    GError         **error);
gboolean    pp_params_get_levels   (const PpParams  *params,
                                    const char      *name,
                                    guint32         *mask,
                                    GError         **error);
gboolean    pp_params_get_certificate (const PpParams *params,
                                       const char     *name,
                                       PpCertificate   fallback,
                                       PpCertificate  *out,
                                       GError        **error);
/* "type:value,type:value" → a per-unit-type table; missing types get -1. */
gboolean    pp_params_get_type_table (const PpParams *params,
                                      const char     *name,
                                      gint64          table[PP_N_UNIT_TYPES],
                                      GError        **error);
void        pp_params_set_error    (GError         **error,
                                    const char      *name,
                                    const char      *value,
                                    const char      *expected);

/* Sets the status of a result that falls short, from the rule's severity,
 * due date and the pack's in-force window. */
void        pp_result_set_shortfall (PpResult          *result,
                                     const PpCheckRule *rule);
void        pp_result_set_na        (PpResult          *result,
                                     guint8             reason);

/* Roll-up sums over the descendants of unit (unit itself excluded). */
void        pp_check_get_descendant_sums (PpCheck           *self,
                                          const PpCheckRule *rule,
                                          PpUnit            *unit,
                                          gint64            *a,
                                          gint64            *n);

/* Level helpers: a level mask has bit L set for level L (0–13). */
#define PP_LEVEL_BIT(l) (1u << (l))
gboolean    pp_parse_level_range   (const char      *text,
                                    guint32         *mask);

/* Shared phrasing (pp-rule-text.c). */
typedef enum
{
  PP_PROPERTY_PROFESSIONAL,
  PP_PROPERTY_SOCIAL_WORK,
  PP_PROPERTY_SOCIAL_WORK_FILLED,
  PP_PROPERTY_GRADUATE_RESERVED,
  PP_PROPERTY_LOWER_LEVEL,
  PP_PROPERTY_PILOT,
  PP_PROPERTY_CERTIFIED,
} PpProperty;

/* A post line of posts with a property, as a remedy adds it. */
void        pp_property_post       (PpProperty       property,
                                    PpUnit          *unit,
                                    gint64           count,
                                    PpPost          *post);

char       *pp_words_share         (gint64           a,
                                    gint64           n);

char       *pp_short_bound         (PpBound          bound,
                                    PpFraction       threshold);
char       *pp_words_count         (gint64           count);
/* "add N … posts", "convert N …", "remove N …" as sentences. */
void        pp_format_remedy       (GString         *out,
                                    const PpResult  *result,
                                    PpProperty       property);

G_END_DECLS
