# Writes survival-vectors.json: R survival's Kaplan-Meier estimates (survfit, conf.type "log",
# 95 %), median survival with its confidence limits, and log-rank tests (survdiff, rho = 0) on
# resolution-time-like samples where open issues are censored.
# Run from analyzers/src/test/resources/stats with Debian's r-cran-survival:
#   Rscript ../../../../../scripts/reference-vectors/survival_vectors.R
library(survival)
set.seed(20261204)

num <- function(v) {
  if (length(v) == 0) return("[]")
  paste0("[", paste(ifelse(!is.finite(v), "null", sprintf("%.17g", v)), collapse = ", "), "]")
}
str <- function(v) paste0("[", paste0('"', v, '"', collapse = ", "), "]")

# Days until closure; an open issue is censored at the days it has been open so far.
days <- function(n, scale, open_share) {
  t <- floor(rexp(n, 1 / scale))
  open <- runif(n) < open_share
  list(time = t, event = as.integer(!open))
}

cases <- list()
add <- function(id, groups) {
  cases[[length(cases) + 1]] <<- list(id = id, groups = groups)
}
add("hand_ties_and_censoring", list(
  ptm = list(time = c(0, 0, 1, 2, 2, 3, 5, 5, 8, 13), event = c(1, 1, 1, 0, 1, 1, 0, 1, 1, 0)),
  other = list(time = c(0, 1, 1, 1, 2, 4, 4, 6, 9), event = c(1, 1, 0, 1, 1, 1, 0, 1, 0))))
# The curve sits at exactly 0.5 between two event times: the median is their midpoint.
add("median_on_a_flat_half", list(
  a = list(time = c(1, 2, 3, 4, 5, 6), event = c(1, 1, 1, 1, 1, 1)),
  b = list(time = c(2, 3, 3, 7, 8, 9, 10), event = c(1, 0, 1, 1, 0, 1, 0))))
# Never falls to one half: no median, no upper limit.
add("mostly_censored", list(
  a = list(time = c(1, 3, 4, 10, 12, 15, 20, 20), event = c(1, 0, 0, 0, 1, 0, 0, 0)),
  b = list(time = c(0, 1, 1, 2, 2, 3, 3, 4), event = c(1, 1, 1, 1, 0, 1, 1, 1))))
add("days_80_vs_60", list(ptm = days(80, 40, 0.2), other = days(60, 26, 0.15)))
add("days_400_vs_400", list(ptm = days(400, 40, 0.18), other = days(400, 26, 0.18)))
add("three_themes", list(MU = days(50, 30, 0.2), PQ = days(35, 60, 0.25), HR = days(20, 15, 0.1)))

out <- c()
for (case in cases) {
  names <- names(case$groups)
  time <- unlist(lapply(case$groups, function(g) g$time))
  event <- unlist(lapply(case$groups, function(g) g$event))
  group <- factor(rep(names, sapply(case$groups, function(g) length(g$time))), levels = names)
  curves <- c()
  for (name in names) {
    g <- case$groups[[name]]
    fit <- survfit(Surv(g$time, g$event) ~ 1, conf.type = "log", conf.int = 0.95)
    q <- quantile(fit, probs = 0.5)
    curves <- c(curves, paste0('{"group": "', name, '", "time": ', num(g$time), ', "event": ', num(g$event),
      ', "km_time": ', num(fit$time), ', "n_risk": ', num(fit$n.risk), ', "n_event": ', num(fit$n.event),
      ', "n_censor": ', num(fit$n.censor), ', "surv": ', num(fit$surv), ', "std_err": ', num(fit$std.err),
      ', "lower": ', num(fit$lower), ', "upper": ', num(fit$upper),
      ', "median": ', num(unname(q$quantile)), ', "median_lower": ', num(unname(q$lower)),
      ', "median_upper": ', num(unname(q$upper)), '}'))
  }
  test <- survdiff(Surv(time, event) ~ group)
  df <- length(names) - 1
  p <- pchisq(test$chisq, df, lower.tail = FALSE)
  out <- c(out, paste0('{"id": "', case$id, '", "groups": ', str(names), ', "curves": [', paste(curves, collapse = ", "),
    '], "logrank": {"chisq": ', sprintf("%.17g", test$chisq), ', "df": ', df, ', "p": ', sprintf("%.17g", p),
    ', "observed": ', num(test$obs), ', "expected": ', num(test$exp), '}}'))
}
writeLines(paste0('{"generator": "R ', R.version$major, ".", R.version$minor, ", survival ",
  as.character(packageVersion("survival")), '", "cases": [\n', paste(out, collapse = ",\n"), "\n]}"),
  "survival-vectors.json")
