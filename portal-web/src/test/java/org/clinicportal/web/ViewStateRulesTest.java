package org.clinicportal.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import java.util.HashSet;
import java.util.Set;

/**
 * What a view or a session keeps between requests is what a second server would have to receive:
 * ids, versions and typed values, never an entity. An entity read for the page is {@code transient}
 * and read again by its id when a page is served from a copy of the view.
 */
@AnalyzeClasses(
    packages = "org.clinicportal.web",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ViewStateRulesTest {

  @ArchTest
  static final ArchRule viewsAndSessionsKeepNoEntity =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(ViewScoped.class)
          .or()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(SessionScoped.class)
          .should(keepNoEntity())
          .because("a view or a session keeps ids and versions, and reads entities by them");

  private static ArchCondition<JavaField> keepNoEntity() {
    return new ArchCondition<>("keep no entity, nor a value that holds one") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        if (field.getModifiers().contains(JavaModifier.STATIC)
            || field.getModifiers().contains(JavaModifier.TRANSIENT)
            || field.isAnnotatedWith(Inject.class)) {
          return;
        }
        String entity = entityIn(field.getType(), new HashSet<>());
        if (entity != null) {
          events.add(
              SimpleConditionEvent.violated(
                  field, field.getFullName() + " keeps " + entity + " between requests"));
        }
      }
    };
  }

  /** The entity a type is or holds in a field, or null when it holds none. */
  private static String entityIn(JavaType type, Set<String> seen) {
    if (type instanceof JavaParameterizedType parameterized) {
      for (JavaType argument : parameterized.getActualTypeArguments()) {
        String entity = entityIn(argument, seen);
        if (entity != null) {
          return entity;
        }
      }
    }
    JavaClass raw = type.toErasure();
    if (raw.isArray()) {
      return entityIn(raw.getComponentType(), seen);
    }
    if (!raw.getPackageName().startsWith("org.clinicportal") || !seen.add(raw.getName())) {
      return null;
    }
    if (raw.isAnnotatedWith(Entity.class)) {
      return raw.getSimpleName();
    }
    for (JavaField inner : raw.getAllFields()) {
      if (inner.getModifiers().contains(JavaModifier.STATIC)
          || inner.getModifiers().contains(JavaModifier.TRANSIENT)) {
        continue;
      }
      String entity = entityIn(inner.getType(), seen);
      if (entity != null) {
        return raw.getSimpleName() + " (through " + entity + ")";
      }
    }
    return null;
  }
}
