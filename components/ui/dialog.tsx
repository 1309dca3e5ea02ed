"use client";

import * as React from "react";
import * as DialogPrimitive from "@radix-ui/react-dialog";
import { XIcon } from "lucide-react";

import { slotPart } from "@/components/ui/slot-part";

const Dialog = slotPart(DialogPrimitive.Root, "dialog");
const DialogTrigger = slotPart(DialogPrimitive.Trigger, "dialog-trigger");
const DialogPortal = slotPart(DialogPrimitive.Portal, "dialog-portal");
const DialogClose = slotPart(DialogPrimitive.Close, "dialog-close");
const DialogOverlay = slotPart(
  DialogPrimitive.Overlay,
  "dialog-overlay",
  "fixed inset-0 z-50 bg-foreground/40 data-[state=open]:animate-fade-in",
);

const DialogContentBox = slotPart(
  DialogPrimitive.Content,
  "dialog-content",
  "fixed left-1/2 top-1/2 z-50 grid max-h-[calc(100vh-2rem)] w-full max-w-[calc(100%-2rem)] -translate-x-1/2 -translate-y-1/2 gap-4 overflow-y-auto rounded-xl border bg-popover p-6 text-popover-foreground shadow-lg focus:outline-hidden data-[state=open]:animate-zoom-in sm:max-w-lg",
);

function DialogContent({
  children,
  showCloseButton = true,
  ...props
}: React.ComponentProps<typeof DialogPrimitive.Content> & { showCloseButton?: boolean }) {
  return (
    <DialogPortal>
      <DialogOverlay />
      <DialogContentBox {...props}>
        {children}
        {showCloseButton && (
          <DialogClose className="absolute right-3 top-3 inline-flex size-8 items-center justify-center rounded-md text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring disabled:pointer-events-none [&_svg]:size-4">
            <XIcon aria-hidden="true" />
            <span className="sr-only">Close</span>
          </DialogClose>
        )}
      </DialogContentBox>
    </DialogPortal>
  );
}

const DialogHeader = slotPart("div", "dialog-header", "flex flex-col gap-1.5 pr-6 text-left");
const DialogFooter = slotPart("div", "dialog-footer", "flex flex-col-reverse gap-2 sm:flex-row sm:justify-end");
const DialogTitle = slotPart(DialogPrimitive.Title, "dialog-title", "text-lg font-semibold leading-tight");
const DialogDescription = slotPart(DialogPrimitive.Description, "dialog-description", "text-sm text-muted-foreground");

/** The usual header: a title and a sentence on what the dialog is for (Radix names and describes the dialog by them). */
function DialogHeading({ title, description }: { title: React.ReactNode; description: React.ReactNode }) {
  return (
    <DialogHeader>
      <DialogTitle>{title}</DialogTitle>
      <DialogDescription>{description}</DialogDescription>
    </DialogHeader>
  );
}

export {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogHeading,
  DialogOverlay,
  DialogPortal,
  DialogTitle,
  DialogTrigger,
};
