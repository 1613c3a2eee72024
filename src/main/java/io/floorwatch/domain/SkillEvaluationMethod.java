package io.floorwatch.domain;

/** How a queue matches an interaction's required skills against agents (Genesys' skillEvaluationMethod). */
public enum SkillEvaluationMethod {
    NONE,
    BEST,
    ALL
}
