package cn.gongkai.edit;

import cn.gongkai.diag.Finding;

/** A finding and the form field it belongs to; {@code field} is {@code ""} when it belongs to no single field. */
public record FieldFinding(String field, Finding finding) {}
