package org.ipflow.modeling;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNode;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.ipflow.modeling.ExpressionAllowList.Receiver;

/**
 * The deployment-time half of the {@link ExpressionAllowList}: parses an expression with the engine's
 * own JUEL parser (Camunda 7.24's org.camunda.bpm.impl.juel, with the method invocations and varargs
 * of its default JEE6 profile) and follows the syntax tree, knowing what each step yields: the
 * execution, the task, a bean, or a value (a variable or what was read from one). A step the run-time
 * resolver would refuse is refused here, so that harmless conditions deploy and unsafe ones do not.
 */
final class ExpressionCheck {

    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    /** What an expression step yields, as far as the text tells. */
    private enum Kind {
        EXECUTION, TASK, BEAN, VALUE;

        /** The receivers the step may be at run time: a value may hold a decision result. */
        List<Receiver> receivers() {
            return switch (this) {
                case EXECUTION -> List.of(Receiver.EXECUTION);
                case TASK -> List.of(Receiver.TASK);
                case BEAN -> List.of();
                case VALUE -> ExpressionAllowList.inVariables();
            };
        }

        boolean allowsMethod(String name) {
            return receivers().stream().anyMatch(r -> r.allowsMethod(name));
        }

        /** A value's properties are map keys and list indexes; an object's only its listed getters. */
        boolean allowsProperty(String name) {
            return this == VALUE || receivers().stream().anyMatch(r -> r.getter(name).isPresent());
        }
    }

    private final Predicate<String> isBean;

    ExpressionCheck(ExpressionAllowList allowList) {
        this.isBean = name -> allowList.beans().containsKey(name);
    }

    /** The problem with a text that holds an expression, or none when it holds none or a safe one. */
    Optional<ModelProblem> check(String elementId, int line, String text) {
        if (text == null || !text.contains("${") && !text.contains("#{")) {
            return Optional.empty();
        }
        try {
            kindOf(PARSER.build(text).getRoot());
            return Optional.empty();
        } catch (TreeBuilderException e) {
            return Optional.of(ModelProblem.of(elementId, line, "model.problem.expressionSyntax", text, e.getMessage()));
        } catch (Refused refused) {
            return Optional.of(ModelProblem.of(elementId, line, "model.problem.expressionMember", text, refused.member,
                    ExpressionAllowList.describe()));
        }
    }

    private Set<Kind> kindOf(Node node) {
        if (node instanceof AstIdentifier identifier) {
            String name = identifier.getName();
            Optional<Receiver> named = ExpressionAllowList.receiverNamed(name);
            return EnumSet.of(named.map(r -> r == Receiver.TASK ? Kind.TASK : Kind.EXECUTION)
                    .orElse(isBean.test(name) ? Kind.BEAN : Kind.VALUE));
        }
        if (node instanceof AstMethod method) {
            AstProperty property = (AstProperty) method.getChild(0);
            Set<Kind> base = kindOf(property.getChild(0));
            String name = memberName(property).orElseThrow(() -> new Refused(text(property) + "()"));
            if (!base.stream().allMatch(kind -> kind.allowsMethod(name))) {
                throw new Refused(text(property) + "()");
            }
            checkChildren(method.getChild(1));
            return EnumSet.of(Kind.VALUE);
        }
        if (node instanceof AstProperty property) {
            Set<Kind> base = kindOf(property.getChild(0));
            if (property instanceof AstBracket) {
                kindOf(property.getChild(1));
            }
            Optional<String> name = memberName(property);
            boolean allowed = name.isPresent() ? base.stream().allMatch(kind -> kind.allowsProperty(name.get()))
                    : base.equals(EnumSet.of(Kind.VALUE));
            if (!allowed) {
                throw new Refused(text(property));
            }
            return EnumSet.of(Kind.VALUE);
        }
        if (node instanceof AstFunction function && !ExpressionAllowList.FUNCTIONS.contains(function.getName())) {
            throw new Refused(function.getName() + "()");
        }
        if (node instanceof AstNested) {
            return kindOf(node.getChild(0));
        }
        if (node instanceof AstChoice) {
            kindOf(node.getChild(0));
            Set<Kind> either = EnumSet.copyOf(kindOf(node.getChild(1)));
            either.addAll(kindOf(node.getChild(2)));
            return either;
        }
        checkChildren(node);
        return EnumSet.of(Kind.VALUE);
    }

    private void checkChildren(Node node) {
        for (int i = 0; i < node.getCardinality(); i++) {
            kindOf(node.getChild(i));
        }
    }

    /** The member a dot or a bracket with a string names; a computed name cannot be checked. */
    private static Optional<String> memberName(AstProperty property) {
        if (property instanceof AstDot dot) {
            // AstDot keeps its name to itself; its text is ". name"
            return Optional.of(dot.toString().substring(2));
        }
        Node index = property.getChild(1);
        return index instanceof AstString literal ? Optional.of(String.valueOf(literal.eval(null, null)))
                : Optional.empty();
    }

    private static String text(AstNode node) {
        StringBuilder text = new StringBuilder();
        node.appendStructure(text, null);
        return text.toString();
    }

    /** Ends the walk at the first step the allow-list refuses. */
    private static final class Refused extends RuntimeException {

        private final String member;

        Refused(String member) {
            super(member, null, false, false);
            this.member = member;
        }
    }
}
