import * as React from "react";
import { Slot } from "@radix-ui/react-slot";
import type { VariantProps } from "class-variance-authority";

import { cn } from "@/lib/utils";

type ClassNameProp = { className?: string };

function componentName(slot: string) {
  return slot.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase());
}

/**
 * One part of a composite primitive (a card's header, a table's cell, a dialog's title): `Component` marked with
 * `data-slot` (what the styles and `*:data-[slot=…]` selectors key on) and, when given, base classes the caller's
 * className extends. Every prop, the ref included, passes through unchanged.
 */
function slotPart<T extends React.ElementType>(Component: T, slot: string, baseClassName?: string) {
  function Part(allProps: React.ComponentProps<T>) {
    const { className, ...props } = allProps as ClassNameProp & Record<string, unknown>;
    const classes = baseClassName === undefined ? className : cn(baseClassName, className);
    return React.createElement(Component as React.ElementType, {
      "data-slot": slot,
      ...(classes === undefined ? {} : { className: classes }),
      ...props,
    });
  }
  Part.displayName = componentName(slot);
  return Part;
}

type Variants = (props?: Record<string, unknown>) => string;

/**
 * A control styled by a cva `variants` function (a button, a badge): the props named in `variantKeys` choose its
 * look, the rest (the ref included) pass to `tag`, or with `asChild` to the one child (Radix Slot: a link that
 * looks like a button). The caller's className extends the chosen classes.
 */
function variantPart<T extends React.ElementType, V extends Variants>(tag: T, slot: string, variants: V, variantKeys: readonly (keyof VariantProps<V>)[]) {
  function Part(allProps: React.ComponentProps<T> & VariantProps<V> & { asChild?: boolean }) {
    const { className, asChild = false, ...rest } = allProps as ClassNameProp & { asChild?: boolean } & Record<string, unknown>;
    const chosen: Record<string, unknown> = {};
    for (const key of variantKeys as readonly string[]) {
      chosen[key] = rest[key];
      delete rest[key];
    }
    return React.createElement(asChild ? Slot : (tag as React.ElementType), {
      "data-slot": slot,
      className: cn(variants(chosen), className),
      ...rest,
    });
  }
  Part.displayName = componentName(slot);
  return Part;
}

export { slotPart, variantPart };
