package com.atlassian.jira.web.bean;

/**
 * Compile-only stand-in, a value class. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/web/bean/PagerFilter.html
 * ({@code newPageAlignedFilter(index, max)}: the page of {@code max} results that holds result {@code index}).
 */
public class PagerFilter<T> {

    private final int start;
    private final int max;

    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public static PagerFilter newPageAlignedFilter(int index, int max) {
        return new PagerFilter(index - index % max, max);
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
